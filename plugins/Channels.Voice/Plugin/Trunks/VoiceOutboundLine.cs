namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// How calls placed from a service line go out (<c>outboundLines</c>): the trunk, the caller id shown to the called
/// party (From and P-Asserted-Identity): an E.164 number and a display name (null: the trunk's), and how long the
/// called party may ring before the call is cancelled (<c>ringTimeoutSeconds</c>).
/// </summary>
internal sealed record VoiceOutboundLine(string Line, string TrunkId, string? CallerIdNumber, string? CallerIdName)
{
    public const int DefaultRingTimeoutSeconds = 45;

    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(DefaultRingTimeoutSeconds);
}
