using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Plugins.Channels.WebChat.Protocol;

namespace ContactCenter.Plugins.Channels.WebChat.Identity;

/// <summary>
/// The signed-in visitor check: the website's server signs <c>{visitorId}\n{email}\n{expires}</c> with the shared
/// identity secret (HMAC-SHA256, lower-case hex); the plugin recomputes it and compares in constant time.
/// </summary>
internal static class VisitorSignature
{
    /// <summary>The longest a signature may be valid ahead, so a leaked one cannot live for ever.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    public static string Compute(ReadOnlySpan<byte> secret, string visitorId, string email, long expires)
    {
        var payload = Encoding.UTF8.GetBytes(Payload(visitorId, email, expires));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, payload));
    }

    public static bool IsValid(ReadOnlySpan<byte> secret, VisitorIdentity identity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var expires = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(identity.Expires, 0, 253402300799));
        if (expires <= now || expires > now + MaxLifetime)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, identity.VisitorId, identity.Email, identity.Expires));
        var given = Encoding.ASCII.GetBytes(identity.Signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string Payload(string visitorId, string email, long expires) =>
        string.Create(CultureInfo.InvariantCulture, $"{visitorId}\n{email.Trim().ToLowerInvariant()}\n{expires}");
}
