namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// Where RTP binds: an even port in [Min, Max] with RTCP on the next one (RFC 3550 §11), or — when Min is 0 —
/// two ephemeral ports with RTCP announced through a=rtcp (RFC 3605), which is what tests use.
/// </summary>
internal sealed record RtpPortRange(int Min, int Max)
{
    public static RtpPortRange Ephemeral { get; } = new(0, 0);

    public bool IsEphemeral => Min == 0;
}
