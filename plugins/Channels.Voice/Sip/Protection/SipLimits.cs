namespace ContactCenter.Plugins.Channels.Voice.Sip.Protection;

/// <summary>
/// Size limits applied before and while parsing. A message over a limit is answered 413 (requests) or dropped
/// (responses); nothing beyond the limit is buffered.
/// </summary>
internal sealed record SipLimits
{
    /// <summary>Whole message, headers and body (a UDP datagram cannot exceed 65,507 bytes anyway).</summary>
    public int MaxMessageSize { get; init; } = 65_535;

    /// <summary>Header fields (logical, after unfolding). RFC 4475's longest valid message has 46.</summary>
    public int MaxHeaderCount { get; init; } = 128;

    /// <summary>One physical header line, in bytes.</summary>
    public int MaxHeaderLineLength { get; init; } = 8_192;

    public static SipLimits Default { get; } = new();
}
