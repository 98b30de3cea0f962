using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>Call settings: the RTP port range and how often RTCP reports go out.</summary>
internal sealed record SipCallOptions
{
    /// <summary>RTP/RTCP ports; <see cref="RtpPortRange.Ephemeral"/> in tests.</summary>
    public RtpPortRange RtpPorts { get; init; } = new(10000, 20000);

    /// <summary>RTCP report interval (RFC 3550 §6.2 minimum 5 s).</summary>
    public TimeSpan RtcpInterval { get; init; } = TimeSpan.FromSeconds(5);
}
