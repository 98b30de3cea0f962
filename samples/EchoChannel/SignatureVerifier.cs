using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>Checks <c>X-Echo-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c> in constant time.</summary>
public static class SignatureVerifier
{
    /// <summary>The signature header.</summary>
    public const string Header = "X-Echo-Signature";

    /// <summary>Computes the header value for a body (what a sender puts in <see cref="Header"/>).</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="body">The raw body.</param>
    /// <returns><c>sha256=</c> followed by the lower-case hex digest.</returns>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="body"/>.</summary>
    /// <param name="secret">The shared secret.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="header">The header value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if it matches.</returns>
    public static bool IsValid(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));
}
