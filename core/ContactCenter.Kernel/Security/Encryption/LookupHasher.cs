using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>
/// Keyed lookup hashes: one HMAC-SHA256 key per purpose, derived from the lookup root key (itself apart from every data
/// key) as <c>HMAC(root, "cc/lookup/v1/" + purpose)</c>; the hash is <c>HMAC(purposeKey, UTF-8 value)</c>.
/// </summary>
internal sealed class LookupHasher(byte[] rootKey)
{
    private readonly ConcurrentDictionary<string, byte[]> _purposeKeys = new(StringComparer.Ordinal);

    public string Hash(string normalizedValue, string purpose)
    {
        ArgumentNullException.ThrowIfNull(normalizedValue);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var key = _purposeKeys.GetOrAdd(purpose, static (p, root) => HMACSHA256.HashData(root, Encoding.UTF8.GetBytes("cc/lookup/v1/" + p)), rootKey);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalizedValue)));
    }
}
