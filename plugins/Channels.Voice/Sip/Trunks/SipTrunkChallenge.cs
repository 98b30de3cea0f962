using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// Answers a carrier's digest challenge to one outbound INVITE (RFC 3261 §22.2, RFC 7616; MD5 or SHA-256, qop=auth
/// with a nonce count): the first 401/407 is answered with a new INVITE (same Call-ID, From tag and To, CSeq + 1, new
/// branch, Authorization or Proxy-Authorization); a later challenge is answered only when it says <c>stale=true</c>
/// (the nonce expired, our credentials were right), and only once. Anything else is final: never a loop.
/// </summary>
internal sealed class SipTrunkChallenge(SipTrunkCredentials? credentials)
{
    private const int ProxyAuthenticationRequired = 407;
    private const int MaxAnswers = 2;
    private readonly Lock _lock = new();
    private int _answers;
    private string? _why;

    /// <summary>Why the last challenge was not answered (no credentials, none we can answer, refused), or null.</summary>
    public string? Refusal
    {
        get
        {
            lock (_lock)
            {
                return _why;
            }
        }
    }

    /// <summary>The INVITE answering <paramref name="challenge"/> to <paramref name="invite"/>, or null to give up.</summary>
    public SipRequest? Answer(SipRequest invite, SipResponse challenge)
    {
        ArgumentNullException.ThrowIfNull(invite);
        ArgumentNullException.ThrowIfNull(challenge);
        var proxy = challenge.StatusCode == ProxyAuthenticationRequired;
        lock (_lock)
        {
            if (credentials is null)
            {
                return Refuse("the carrier asks for credentials and the trunk has none (trunks.<id>.register)");
            }

            var chosen = SipDigestClient.Choose(challenge.Headers.GetAll(proxy ? "Proxy-Authenticate" : SipHeaderNames.WwwAuthenticate), credentials.Realm);
            if (chosen is null)
            {
                return Refuse("no digest challenge we can answer" + (credentials.Realm is null ? string.Empty : $" for realm {credentials.Realm}"));
            }

            if (_answers > 0 && !string.Equals(chosen["stale"], "true", StringComparison.OrdinalIgnoreCase))
            {
                return Refuse("the carrier refused the trunk's credentials");
            }

            if (_answers >= MaxAnswers)
            {
                return Refuse("the carrier keeps challenging");
            }

            _answers++;
            var next = Copy(invite);
            var uri = invite.RequestUri.ToString();
            next.Headers.Add(proxy ? SipHeaderNames.ProxyAuthorization : SipHeaderNames.Authorization,
                SipDigestClient.Answer(chosen, SipMethods.Invite, uri, credentials.Username, credentials.Secret, SipTags.New(), 1));
            return next;
        }
    }

    private SipRequest? Refuse(string why)
    {
        _why = why;
        return null;
    }

    /// <summary>The INVITE again as a new transaction (§8.1.3.5): new branch, CSeq + 1, no earlier credentials.</summary>
    private static SipRequest Copy(SipRequest invite)
    {
        var next = new SipRequest(SipMethods.Invite, invite.RequestUri);
        foreach (var header in invite.Headers)
        {
            if (header.Name.Equals(SipHeaderNames.Authorization, StringComparison.OrdinalIgnoreCase)
                || header.Name.Equals(SipHeaderNames.ProxyAuthorization, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = header.Name.Equals(SipHeaderNames.Via, StringComparison.OrdinalIgnoreCase) ? NewBranch(header.Value)
                : header.Name.Equals(SipHeaderNames.CSeq, StringComparison.OrdinalIgnoreCase) ? new SipCSeq(invite.CSeq!.Sequence + 1, SipMethods.Invite).ToString()
                : header.Value;
            next.Headers.Add(header.Name, value);
        }

        next.Body = invite.Body;
        return next;
    }

    private static string NewBranch(string via)
    {
        var start = via.IndexOf(";branch=", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return via + ";branch=" + SipTags.NewBranch();
        }

        var end = via.IndexOf(';', start + 1);
        return via[..start] + ";branch=" + SipTags.NewBranch() + (end < 0 ? string.Empty : via[end..]);
    }
}
