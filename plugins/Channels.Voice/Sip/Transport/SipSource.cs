using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>Where a message came from: transport name ("UDP", "TCP"), peer and local endpoints, and the stream
/// connection for connection-oriented transports (responses go back on it, RFC 3261 §18.2.2).</summary>
internal sealed record SipSource(string Transport, IPEndPoint Remote, IPEndPoint Local, ISipConnection? Connection = null);
