using System.Security.Cryptography;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>
/// Digest authentication of requests (RFC 3261 §22, RFC 7616, RFC 8760): challenges offer every configured algorithm
/// (SHA-256 first by default) with qop="auth"; answers are checked against the stored HA1 with the nonce's
/// signature, age and nonce-count.
/// </summary>
internal sealed class SipDigestAuthenticator(ISipCredentialStore credentials, SipNonceService nonces, string realm, IReadOnlyList<string> algorithms)
{
    public string Realm => realm;

    public async ValueTask<(SipAuthOutcome Outcome, string? Username)> AuthenticateAsync(SipRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.GetAll(SipHeaderNames.Authorization)
            .Select(SipAuthorization.TryParse)
            .FirstOrDefault(a => a is not null && a.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase)
                && string.Equals(a["realm"], realm, StringComparison.OrdinalIgnoreCase));
        if (authorization is null)
        {
            return (SipAuthOutcome.Missing, null);
        }

        var username = authorization["username"];
        var nonce = authorization["nonce"];
        var uri = authorization["uri"];
        var response = authorization["response"];
        var nc = authorization["nc"];
        var cnonce = authorization["cnonce"];
        var algorithm = authorization["algorithm"] ?? SipDigestAlgorithm.Md5;
        if (username is null || nonce is null || uri is null || response is null || nc is null || cnonce is null
            || !string.Equals(authorization["qop"], "auth", StringComparison.OrdinalIgnoreCase)
            || !algorithms.Contains(algorithm, StringComparer.OrdinalIgnoreCase))
        {
            return (SipAuthOutcome.Failed, username);
        }

        var nonceState = nonces.Check(nonce);
        var credential = await credentials.FindAsync(realm, username, cancellationToken).ConfigureAwait(false);
        if (nonceState == SipNonceState.Invalid || credential is null)
        {
            return (SipAuthOutcome.Failed, username);
        }

        var expected = SipDigestAlgorithm.Response(algorithm, credential.Ha1For(algorithm), nonce, nc, cnonce, "auth", request.Method, uri);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(response.ToLowerInvariant())))
        {
            return (SipAuthOutcome.Failed, username);
        }

        if (nonceState == SipNonceState.Stale)
        {
            return (SipAuthOutcome.Stale, username);
        }

        return nonces.AcceptCount(nonce, nc) ? (SipAuthOutcome.Authenticated, username) : (SipAuthOutcome.Failed, username);
    }

    /// <summary>Adds one WWW-Authenticate per algorithm, in preference order, sharing a fresh nonce.</summary>
    public void AddChallenges(SipResponse response, bool stale)
    {
        var nonce = nonces.Issue();
        foreach (var algorithm in algorithms)
        {
            var challenge = $"Digest realm=\"{realm}\", nonce=\"{nonce}\", algorithm={algorithm}, qop=\"auth\"";
            response.Headers.Add(SipHeaderNames.WwwAuthenticate, stale ? challenge + ", stale=true" : challenge);
        }
    }
}
