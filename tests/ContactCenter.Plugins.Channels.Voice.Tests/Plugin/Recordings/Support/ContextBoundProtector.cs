using System.Security.Cryptography;
using System.Text;
using ContactCenter.Sdk.Security;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings.Support;

/// <summary>
/// Encryption at rest for the recording store's tests: AES-GCM with a random key, the context as associated data, so
/// ciphertext is not the plaintext and a chunk read under another context does not decrypt.
/// </summary>
internal sealed class ContextBoundProtector : ISensitiveDataProtector, IDisposable
{
    private readonly AesGcm _aes = new(RandomNumberGenerator.GetBytes(32), 16);

    public byte[] Protect(ReadOnlySpan<byte> plaintext, string context)
    {
        var output = new byte[12 + 16 + plaintext.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        _aes.Encrypt(output.AsSpan(0, 12), plaintext, output.AsSpan(28), output.AsSpan(12, 16), Encoding.UTF8.GetBytes(context));
        return output;
    }

    public ValueTask<byte[]> UnprotectAsync(ReadOnlyMemory<byte> ciphertext, string context, CancellationToken cancellationToken = default)
    {
        var data = ciphertext.Span;
        var plain = new byte[data.Length - 28];
        _aes.Decrypt(data[..12], data[28..], data.Slice(12, 16), plain, Encoding.UTF8.GetBytes(context));
        return ValueTask.FromResult(plain);
    }

    public string ProtectString(string plaintext, string context) => Convert.ToBase64String(Protect(Encoding.UTF8.GetBytes(plaintext), context));

    public async ValueTask<string> UnprotectStringAsync(string ciphertext, string context, CancellationToken cancellationToken = default) =>
        Encoding.UTF8.GetString(await UnprotectAsync(Convert.FromBase64String(ciphertext), context, cancellationToken));

    public string LookupHash(string normalizedValue, string purpose) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(purpose + ":" + normalizedValue)));

    public void Dispose() => _aes.Dispose();
}
