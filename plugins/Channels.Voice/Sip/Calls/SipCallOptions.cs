using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>Call settings: the RTP port range, how often RTCP reports go out, the session timer (RFC 4028) and SRTP.</summary>
internal sealed record SipCallOptions
{
    /// <summary>RTP/RTCP ports; <see cref="RtpPortRange.Ephemeral"/> in tests.</summary>
    public RtpPortRange RtpPorts { get; init; } = new(10000, 20000);

    /// <summary>RTCP report interval (RFC 3550 §6.2 minimum 5 s).</summary>
    public TimeSpan RtcpInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The session interval we ask for and the most we accept (RFC 4028 Session-Expires), in seconds.</summary>
    public int SessionExpiresSeconds { get; init; } = 1800;

    /// <summary>The shortest session interval we accept (our Min-SE); shorter ones get 422. RFC 4028 floor: 90.</summary>
    public int MinSeSeconds { get; init; } = SipSessionTimer.AbsoluteMinimumSeconds;

    /// <summary>SRTP with SDES, only ever over TLS signalling (<see cref="SrtpMode"/>).</summary>
    public SrtpMode Srtp { get; init; } = SrtpMode.Optional;

    /// <summary>Who may call in and which line a call enters (trunks, DIDs); null lets every INVITE in as dialled.</summary>
    public ISipInviteGate? InviteGate { get; init; }
}
