using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Registrar;

/// <summary>
/// One registered contact of an address-of-record (RFC 3261 §10). <paramref name="Flow"/> is the TCP or TLS connection
/// the REGISTER came over: requests to this contact go back over it (the phone need not accept connections, and over
/// TLS only that connection is authenticated).
/// </summary>
internal sealed record SipBinding(string Contact, DateTimeOffset Expires, string CallId, long CSeq, SipSource? Flow = null);
