namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>A response: status code 100-699 and reason phrase.</summary>
internal sealed class SipResponse : SipMessage
{
    public SipResponse(int statusCode, string reasonPhrase)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
    }

    public int StatusCode { get; }

    public string ReasonPhrase { get; }

    /// <summary>
    /// A response to <paramref name="request"/> (RFC 3261 §8.2.6): Via, From, To, Call-ID and CSeq copied; a To tag
    /// added when one is given and the request had none.
    /// </summary>
    public static SipResponse CreateFor(SipRequest request, int statusCode, string? reasonPhrase = null, string? toTag = null)
    {
        var response = new SipResponse(statusCode, reasonPhrase ?? SipStatusCodes.ReasonPhrase(statusCode));
        foreach (var via in request.Headers.GetAll(SipHeaderNames.Via))
        {
            response.Headers.Add(SipHeaderNames.Via, via);
        }

        CopyFirst(request, response, SipHeaderNames.From);
        if (request.Headers.Get(SipHeaderNames.To) is { } to)
        {
            var toValue = to;
            if (toTag is not null && request.To is { Tag: null })
            {
                toValue += ";tag=" + toTag;
            }

            response.Headers.Add(SipHeaderNames.To, toValue);
        }

        CopyFirst(request, response, SipHeaderNames.CallId);
        CopyFirst(request, response, SipHeaderNames.CSeq);
        return response;
    }

    private static void CopyFirst(SipRequest request, SipResponse response, string name)
    {
        if (request.Headers.Get(name) is { } value)
        {
            response.Headers.Add(name, value);
        }
    }
}
