namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// How calls placed from a service line go out (<c>outboundLines</c>): the trunk, and the caller id shown to the
/// called party (From and P-Asserted-Identity): an E.164 number and a display name; null: the trunk's.
/// </summary>
internal sealed record VoiceOutboundLine(string Line, string TrunkId, string? CallerIdNumber, string? CallerIdName);
