namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>One header field line: canonical name and its value with folding replaced by single spaces.</summary>
internal sealed record SipHeader(string Name, string Value);
