namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// A SIP request or response: headers in wire order, the body as bytes, and typed accessors that parse the headers
/// a stack needs (each call parses; the parser has already checked them all once, so they do not throw on a
/// received message).
/// </summary>
internal abstract class SipMessage
{
    public SipHeaderCollection Headers { get; } = new();

    public ReadOnlyMemory<byte> Body { get; set; } = ReadOnlyMemory<byte>.Empty;

    public IReadOnlyList<SipVia> Vias => SipVia.ParseList(Headers.GetAll(SipHeaderNames.Via));

    public SipVia? TopVia => Headers.Get(SipHeaderNames.Via) is { } via ? SipVia.Parse(SipValueSplitter.Split(via, SipHeaderNames.Via)[0]) : null;

    public SipNameAddress? From => Single(SipHeaderNames.From);

    public SipNameAddress? To => Single(SipHeaderNames.To);

    public string? CallId => Headers.Get(SipHeaderNames.CallId);

    public SipCSeq? CSeq => Headers.Get(SipHeaderNames.CSeq) is { } value ? SipCSeq.Parse(value) : null;

    public int? MaxForwards => SipHeaderValues.ParseMaxForwards(Headers.Get(SipHeaderNames.MaxForwards));

    public IReadOnlyList<SipNameAddress> Contacts => SipNameAddress.ParseList(Headers.GetAll(SipHeaderNames.Contact), SipHeaderNames.Contact, allowWildcard: true);

    public long? Expires => SipHeaderValues.ParseDeltaSeconds(Headers.Get(SipHeaderNames.Expires), SipHeaderNames.Expires);

    public IReadOnlyList<SipNameAddress> Routes => SipNameAddress.ParseList(Headers.GetAll(SipHeaderNames.Route), SipHeaderNames.Route);

    public IReadOnlyList<SipNameAddress> RecordRoutes => SipNameAddress.ParseList(Headers.GetAll(SipHeaderNames.RecordRoute), SipHeaderNames.RecordRoute);

    public string? ContentType => Headers.Get(SipHeaderNames.ContentType);

    /// <summary>Parses every header the stack understands once, so a malformed one is rejected on receipt.</summary>
    public virtual void Validate()
    {
        _ = Vias;
        _ = ParseAll(SipHeaderNames.From);
        _ = ParseAll(SipHeaderNames.To);
        _ = Headers.GetAll(SipHeaderNames.CSeq).Select(SipCSeq.Parse).ToList();
        _ = MaxForwards;
        _ = Contacts;
        _ = Expires;
        _ = Routes;
        _ = RecordRoutes;
        SipHeaderValues.CheckDate(Headers.Get(SipHeaderNames.Date));
        foreach (var callId in Headers.GetAll(SipHeaderNames.CallId))
        {
            SipHeaderValues.CheckCallId(callId);
        }
    }

    private SipNameAddress? Single(string name) =>
        Headers.Get(name) is { } value ? SipNameAddress.Parse(value, name) : null;

    private List<SipNameAddress> ParseAll(string name) =>
        Headers.GetAll(name).Select(value => SipNameAddress.Parse(value, name)).ToList();
}
