using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// The target of a REFER (RFC 3515 §2.1): exactly one Refer-To, a name-addr or addr-spec naming a <c>sip:</c> or
/// <c>sips:</c> URI with a user part (the line, queue or agent's SIP user to transfer to). Anything else is a
/// <see cref="SipParseException"/> carrying 400 and the reason.
/// </summary>
internal static class SipReferTo
{
    public static SipUri Parse(SipRequest refer)
    {
        ArgumentNullException.ThrowIfNull(refer);
        var values = refer.Headers.GetAll(SipHeaderNames.ReferTo).ToList();
        if (values.Count == 0)
        {
            throw SipParseException.BadRequest("Missing Refer-To");
        }

        List<string> elements;
        try
        {
            elements = [.. values.SelectMany(v => SipValueSplitter.Split(v, SipHeaderNames.ReferTo))];
        }
        catch (SipParseException)
        {
            throw SipParseException.BadRequest("Malformed Refer-To");
        }

        if (elements.Count != 1)
        {
            throw SipParseException.BadRequest("Exactly one Refer-To target is allowed");
        }

        SipNameAddress address;
        try
        {
            address = SipNameAddress.Parse(elements[0], SipHeaderNames.ReferTo);
        }
        catch (SipParseException)
        {
            throw SipParseException.BadRequest("Malformed Refer-To");
        }

        if (address.Uri is not { IsSip: true } uri
            || !(uri.Scheme.Equals("sip", StringComparison.OrdinalIgnoreCase) || uri.Scheme.Equals("sips", StringComparison.OrdinalIgnoreCase)))
        {
            throw SipParseException.BadRequest("Refer-To must be a sip: or sips: URI");
        }

        if (string.IsNullOrEmpty(uri.UserUnescaped))
        {
            throw SipParseException.BadRequest("Refer-To names no user");
        }

        return uri;
    }
}
