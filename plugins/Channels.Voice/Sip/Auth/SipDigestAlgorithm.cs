using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>The digest hash functions offered: MD5 (RFC 3261 §22.4) and SHA-256 (RFC 8760, RFC 7616 §3.4).</summary>
internal static class SipDigestAlgorithm
{
    public const string Md5 = "MD5";
    public const string Sha256 = "SHA-256";

    public static bool IsSupported(string algorithm) =>
        algorithm.Equals(Md5, StringComparison.OrdinalIgnoreCase) || algorithm.Equals(Sha256, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower-case hex of H(value) for the named algorithm.</summary>
    public static string Hash(string algorithm, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
#pragma warning disable CA5351 // MD5 is what RFC 3261 digest requires for interoperability; SHA-256 is offered first.
        var digest = algorithm.Equals(Sha256, StringComparison.OrdinalIgnoreCase) ? SHA256.HashData(bytes) : MD5.HashData(bytes);
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>HA1 = H(username ":" realm ":" secret), the only form in which credentials are kept.</summary>
    public static string Ha1(string algorithm, string username, string realm, string secret) =>
        Hash(algorithm, $"{username}:{realm}:{secret}");

    /// <summary>response = H(HA1 ":" nonce ":" nc ":" cnonce ":" qop ":" H(method ":" uri)) for qop=auth.</summary>
    public static string Response(string algorithm, string ha1, string nonce, string nc, string cnonce, string qop, string method, string uri)
    {
        var ha2 = Hash(algorithm, $"{method}:{uri}");
        return Hash(algorithm, $"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}");
    }
}
