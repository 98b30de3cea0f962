namespace ContactCenter.Plugins.Channels.Voice.Sip.Registrar;

/// <summary>One registered contact of an address-of-record (RFC 3261 §10).</summary>
internal sealed record SipBinding(string Contact, DateTimeOffset Expires, string CallId, long CSeq);
