namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>A request: method (case-sensitive token) and Request-URI.</summary>
internal sealed class SipRequest : SipMessage
{
    public SipRequest(string method, SipUri requestUri)
    {
        Method = method;
        RequestUri = requestUri;
    }

    public string Method { get; }

    public SipUri RequestUri { get; set; }

    /// <summary>
    /// Syntax checks plus the CSeq method match of RFC 4475 §3.1.2.17/18: a mismatch is 400, or 501 when the
    /// method itself is unknown.
    /// </summary>
    public override void Validate()
    {
        base.Validate();
        if (CSeq is { } cseq && !string.Equals(cseq.Method, Method, StringComparison.Ordinal))
        {
            throw SipMethods.IsKnown(Method)
                ? SipParseException.BadRequest("CSeq method does not match the request method")
                : new SipParseException(SipStatusCodes.NotImplemented, "Not Implemented");
        }
    }
}
