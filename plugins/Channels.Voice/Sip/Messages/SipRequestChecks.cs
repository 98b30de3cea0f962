namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// Checks a syntactically valid request must pass before a UAS processes it (RFC 3261 §8.2, RFC 4475 §3.3):
/// one each of To, From, Call-ID and CSeq, at least one Via, a sip/sips Request-URI (416 otherwise), and
/// Max-Forwards above zero (483) except for OPTIONS, which a server answers even at zero (RFC 3261 §11).
/// </summary>
internal static class SipRequestChecks
{
    public static void Check(SipRequest request)
    {
        foreach (var name in (string[])[SipHeaderNames.To, SipHeaderNames.From, SipHeaderNames.CallId, SipHeaderNames.CSeq])
        {
            var count = request.Headers.CountOf(name);
            if (count != 1)
            {
                throw SipParseException.BadRequest(count == 0 ? $"Missing {name}" : $"Multiple {name} headers");
            }
        }

        if (!request.Headers.Contains(SipHeaderNames.Via))
        {
            throw SipParseException.BadRequest("Missing Via");
        }

        if (!request.RequestUri.IsSip)
        {
            throw new SipParseException(SipStatusCodes.UnsupportedUriScheme, "Unsupported URI Scheme");
        }

        if (request.MaxForwards == 0 && request.Method != SipMethods.Options)
        {
            throw new SipParseException(SipStatusCodes.TooManyHops, "Too Many Hops");
        }
    }
}
