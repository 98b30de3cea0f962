namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Canonical header names and the compact forms of RFC 3261 §7.3.3 (and extensions) they expand from.</summary>
internal static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string MaxForwards = "Max-Forwards";
    public const string Contact = "Contact";
    public const string Expires = "Expires";
    public const string MinExpires = "Min-Expires";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string Route = "Route";
    public const string RecordRoute = "Record-Route";
    public const string Authorization = "Authorization";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string ProxyAuthorization = "Proxy-Authorization";
    public const string Date = "Date";
    public const string Allow = "Allow";
    public const string Supported = "Supported";
    public const string Require = "Require";
    public const string ReferTo = "Refer-To";
    public const string Event = "Event";
    public const string SubscriptionState = "Subscription-State";
    public const string SessionExpires = "Session-Expires";
    public const string MinSe = "Min-SE";
    public const string RetryAfter = "Retry-After";
    public const string UserAgent = "User-Agent";
    public const string Server = "Server";

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = CallId, ["m"] = Contact, ["f"] = From, ["t"] = To, ["v"] = Via, ["l"] = ContentLength,
        ["c"] = ContentType, ["k"] = Supported, ["s"] = "Subject", ["e"] = "Content-Encoding",
        ["o"] = Event, ["r"] = ReferTo, ["b"] = "Referred-By", ["u"] = "Allow-Events",
        ["x"] = SessionExpires, ["a"] = "Accept-Contact", ["j"] = "Reject-Contact", ["d"] = "Request-Disposition",
        ["y"] = "Identity", ["n"] = "Identity-Info",
        [Via] = Via, [From] = From, [To] = To, [CallId] = CallId, [CSeq] = CSeq, [MaxForwards] = MaxForwards,
        [Contact] = Contact, [Expires] = Expires, [MinExpires] = MinExpires, [ContentLength] = ContentLength,
        [ContentType] = ContentType, [Route] = Route, [RecordRoute] = RecordRoute, [Authorization] = Authorization,
        [WwwAuthenticate] = WwwAuthenticate, [ProxyAuthorization] = ProxyAuthorization, [Date] = Date,
        [Allow] = Allow, [Supported] = Supported, [RetryAfter] = RetryAfter, [UserAgent] = UserAgent, [Server] = Server,
        [Require] = Require, [ReferTo] = ReferTo, [Event] = Event, [SubscriptionState] = SubscriptionState,
        [SessionExpires] = SessionExpires, [MinSe] = MinSe,
    };

    /// <summary>The canonical spelling for a known name or compact form; unknown names are kept as received.</summary>
    public static string Normalize(string name) => Canonical.TryGetValue(name, out var canonical) ? canonical : name;
}
