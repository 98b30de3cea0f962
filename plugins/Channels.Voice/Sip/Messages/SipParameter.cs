namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>A ";name[=value]" parameter; the value is kept as written (quoted-strings keep their quotes).</summary>
internal sealed record SipParameter(string Name, string? Value);
