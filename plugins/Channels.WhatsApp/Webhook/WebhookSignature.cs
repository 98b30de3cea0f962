using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>
/// Meta's <c>X-Hub-Signature-256: sha256={hex}</c>: HMAC-SHA256 of the raw body with the app secret, compared in
/// constant time. A missing, malformed or different signature is a mismatch.
/// </summary>
internal static class WebhookSignature
{
    private const string Prefix = "sha256=";

    public static bool IsValid(ReadOnlySpan<byte> body, string? header, string appSecret)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The header value for a body (what Meta sends; used by tests and the demo stand-in).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
