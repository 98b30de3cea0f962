using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// The dialog a <c>Replaces</c> names (RFC 3891 §6.1): <c>call-id;to-tag=...;from-tag=...[;early-only]</c>, either as
/// an INVITE's header or escaped in a REFER's Refer-To URI (<c>?Replaces=call%40host%3Bto-tag%3D..%3Bfrom-tag%3D..</c>,
/// RFC 5589 §7). The to-tag is the local tag of the dialog at the UA that receives the Replaces (us), the from-tag
/// the remote one. A value without a Call-ID, to-tag or from-tag is a <see cref="SipParseException"/> carrying 400.
/// </summary>
internal sealed record SipReplaces(string CallId, string ToTag, string FromTag, bool EarlyOnly)
{
    public const string HeaderName = "Replaces";

    /// <summary>The Replaces carried by a Refer-To target's headers, or null when it has none (a blind transfer).</summary>
    public static SipReplaces? FromReferTo(SipUri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Headers is not { } headers)
        {
            return null;
        }

        var replaces = headers.Split('&')
            .Select(h => h.Split('=', 2))
            .Where(h => h[0].Equals(HeaderName, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return replaces.Count switch
        {
            0 => null,
            1 when replaces[0].Length == 2 => Parse(Uri.UnescapeDataString(replaces[0][1])),
            _ => throw SipParseException.BadRequest("Malformed Replaces in Refer-To"),
        };
    }

    /// <summary>The INVITE's Replaces header, or null when it has none; more than one is a 400.</summary>
    public static SipReplaces? FromInvite(SipRequest invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var values = invite.Headers.GetAll(HeaderName).ToList();
        return values.Count switch
        {
            0 => null,
            1 => Parse(values[0]),
            _ => throw SipParseException.BadRequest("More than one Replaces header"),
        };
    }

    public static SipReplaces Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(';');
        var callId = parts[0].Trim();
        string? toTag = null;
        string? fromTag = null;
        var earlyOnly = false;
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            var name = pair[0].Trim();
            var tag = pair.Length == 2 ? pair[1].Trim() : null;
            if (name.Equals("to-tag", StringComparison.OrdinalIgnoreCase))
            {
                toTag = tag;
            }
            else if (name.Equals("from-tag", StringComparison.OrdinalIgnoreCase))
            {
                fromTag = tag;
            }
            else if (name.Equals("early-only", StringComparison.OrdinalIgnoreCase))
            {
                earlyOnly = true;
            }
        }

        if (callId.Length == 0 || callId.Any(char.IsWhiteSpace) || string.IsNullOrEmpty(toTag) || string.IsNullOrEmpty(fromTag))
        {
            throw SipParseException.BadRequest("Malformed Replaces: call-id, to-tag and from-tag are required");
        }

        return new SipReplaces(callId, toTag, fromTag, earlyOnly);
    }
}
