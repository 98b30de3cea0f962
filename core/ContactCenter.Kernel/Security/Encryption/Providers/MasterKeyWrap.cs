using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>
/// How the built-in providers wrap a data key with a master key they hold: AES-256-GCM, <c>01 | nonce (12) | wrapped | tag (16)</c>,
/// with the master key id and the entry's context as associated data.
/// </summary>
internal static class MasterKeyWrap
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Wrap(ReadOnlySpan<byte> masterKey, string masterKeyId, ReadOnlySpan<byte> dataKey, string context)
    {
        var output = new byte[1 + NonceSize + dataKey.Length + TagSize];
        output[0] = Version;
        RandomNumberGenerator.Fill(output.AsSpan(1, NonceSize));
        using var aes = new AesGcm(masterKey, TagSize);
        aes.Encrypt(output.AsSpan(1, NonceSize), dataKey, output.AsSpan(1 + NonceSize, dataKey.Length), output.AsSpan(1 + NonceSize + dataKey.Length), Associated(masterKeyId, context));
        return output;
    }

    /// <exception cref="CryptographicException">The wrapped key is malformed or does not authenticate.</exception>
    public static byte[] Unwrap(ReadOnlySpan<byte> masterKey, string masterKeyId, ReadOnlySpan<byte> wrapped, string context)
    {
        if (wrapped.Length < 1 + NonceSize + TagSize || wrapped[0] != Version)
        {
            throw new CryptographicException($"The data key wrapped by master key '{masterKeyId}' is malformed.");
        }

        var dataKey = new byte[wrapped.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(masterKey, TagSize);
        aes.Decrypt(wrapped.Slice(1, NonceSize), wrapped.Slice(1 + NonceSize, dataKey.Length), wrapped[^TagSize..], dataKey, Associated(masterKeyId, context));
        return dataKey;
    }

    private static byte[] Associated(string masterKeyId, string context) => Encoding.UTF8.GetBytes($"cc/master-wrap/v1/{masterKeyId}/{context}");
}
