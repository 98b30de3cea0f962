using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>
/// The client side of digest (RFC 3261 §22.2, RFC 7616, RFC 8760): picks the strongest challenge we can answer
/// (SHA-256 over MD5; "-sess" variants are not answered) and builds the Authorization value, with qop=auth when the
/// challenge offers it and the RFC 2069 form when it offers no qop.
/// </summary>
internal static class SipDigestClient
{
    /// <summary>The challenge to answer among <paramref name="challenges"/>, or null when none is a Digest we support (or for <paramref name="realm"/>).</summary>
    public static SipAuthorization? Choose(IEnumerable<string> challenges, string? realm) =>
        challenges.Select(SipAuthorization.TryParse)
            .Where(c => c is not null && c.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase) && c["nonce"] is not null && c["realm"] is { } r
                && SipDigestAlgorithm.IsSupported(c["algorithm"] ?? SipDigestAlgorithm.Md5)
                && (realm is null || string.Equals(r, realm, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => string.Equals(c!["algorithm"], SipDigestAlgorithm.Sha256, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .FirstOrDefault();

    /// <summary>The credentials for <paramref name="method"/> on <paramref name="uri"/> answering <paramref name="challenge"/> (nonce-count <paramref name="nonceCount"/>).</summary>
    public static string Answer(SipAuthorization challenge, string method, string uri, string username, string secret, string cnonce, int nonceCount)
    {
        var realm = challenge["realm"]!;
        var nonce = challenge["nonce"]!;
        var algorithm = challenge["algorithm"] ?? SipDigestAlgorithm.Md5;
        var ha1 = SipDigestAlgorithm.Ha1(algorithm, username, realm, secret);
        var qopAuth = challenge["qop"] is { } qop && qop.Split(',').Any(q => q.Trim().Equals("auth", StringComparison.OrdinalIgnoreCase));
        var nc = nonceCount.ToString("x8", CultureInfo.InvariantCulture);
        var response = qopAuth
            ? SipDigestAlgorithm.Response(algorithm, ha1, nonce, nc, cnonce, "auth", method, uri)
            : SipDigestAlgorithm.Hash(algorithm, $"{ha1}:{nonce}:{SipDigestAlgorithm.Hash(algorithm, $"{method}:{uri}")}");
        var value = $"Digest username=\"{username}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{response}\", algorithm={algorithm}";
        if (qopAuth)
        {
            value += $", qop=auth, nc={nc}, cnonce=\"{cnonce}\"";
        }

        return challenge["opaque"] is { } opaque ? value + $", opaque=\"{opaque}\"" : value;
    }
}
