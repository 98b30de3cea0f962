using System.Globalization;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>Builds the INVITE of a call we originate (RFC 3261 §8.1.1) with our SDP offer.</summary>
internal static class SipInviteBuilder
{
    public static SipRequest Build(SipDialRequest dial, string sentBy, SdpSession offer, string transport = "UDP")
    {
        var host = sentBy[..sentBy.LastIndexOf(':')];
        var invite = new SipRequest(SipMethods.Invite, dial.Target);
        invite.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/{transport} {sentBy};branch={SipTags.NewBranch()};rport");
        invite.Headers.Add(SipHeaderNames.MaxForwards, "70");
        invite.Headers.Add(SipHeaderNames.From, $"{Display(dial.CallerName)}<sip:{Escape(dial.CallerUser)}@{host}>;tag={SipTags.New()}");
        invite.Headers.Add(SipHeaderNames.To, $"<{dial.ToAddressOfRecord}>");
        invite.Headers.Add(SipHeaderNames.CallId, dial.CallId ?? $"{SipTags.New()}{SipTags.New()}@{host}");
        invite.Headers.Add(SipHeaderNames.CSeq, new SipCSeq(1, SipMethods.Invite).ToString());
        invite.Headers.Add(SipHeaderNames.Contact, transport == "UDP" ? $"<sip:cc@{sentBy}>" : $"<sip:cc@{sentBy};transport={transport.ToLowerInvariant()}>");
        foreach (var (name, value) in dial.ExtraHeaders)
        {
            invite.Headers.Add(name, value);
        }

        invite.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        invite.Body = Encoding.UTF8.GetBytes(offer.ToString());
        return invite;
    }

    /// <summary>A quoted display name and a space (RFC 3261 §25.1 quoted-string), or empty for none.</summary>
    public static string Display(string? name) =>
        name is { Length: > 0 } ? $"\"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" " : string.Empty;

    /// <summary>A SIP URI's user part for <paramref name="user"/> (phone-number signs kept, the rest %-escaped).</summary>
    public static string UserPart(string user) => Escape(user);

    /// <summary>The user part keeps unreserved characters and the usual phone-number signs; anything else is %-escaped.</summary>
    private static string Escape(string user)
    {
        var builder = new StringBuilder(user.Length);
        foreach (var b in Encoding.UTF8.GetBytes(user.Length == 0 ? "anonymous" : user))
        {
            var c = (char)b;
            builder.Append(char.IsAsciiLetterOrDigit(c) || "-_.!~*'()+".Contains(c, StringComparison.Ordinal)
                ? c.ToString()
                : "%" + b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
