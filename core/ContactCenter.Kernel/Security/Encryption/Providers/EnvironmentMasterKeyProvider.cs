using System.Security.Cryptography;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>
/// Master keys from configuration, meant for environment variables or a secret store mounted as such:
/// <c>CC__Encryption__MasterKeys__{id}={base64 of 32 bytes}</c> and <c>CC__Encryption__CurrentMasterKey={id}</c>.
/// The options validator has checked every key at start-up; this provider never logs or echoes a key.
/// </summary>
internal sealed class EnvironmentMasterKeyProvider(IOptions<EncryptionOptions> options) : IMasterKeyProvider
{
    public string Name => EncryptionOptions.EnvironmentProvider;

    private EncryptionOptions Options => options.Value;

    public ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Options.CurrentMasterKey ?? throw new InvalidOperationException($"{EncryptionOptions.Section}:CurrentMasterKey is not set."));

    public ValueTask<IReadOnlyList<string>> ListKeyIdsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(Options.MasterKeys.Keys.Order(StringComparer.Ordinal).ToArray());

    public async ValueTask<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, string context, CancellationToken cancellationToken)
    {
        var id = await GetCurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        var key = Key(id);
        try
        {
            return new WrappedDataKey(id, MasterKeyWrap.Wrap(key, id, dataKey.Span, context));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public ValueTask<byte[]> UnwrapAsync(WrappedDataKey wrapped, string context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        var key = Key(wrapped.MasterKeyId);
        try
        {
            return ValueTask.FromResult(MasterKeyWrap.Unwrap(key, wrapped.MasterKeyId, wrapped.Ciphertext.Span, context));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private byte[] Key(string id) => Options.MasterKeys.TryGetValue(id, out var text)
        ? Convert.FromBase64String(text)
        : throw new KeyNotFoundException($"Master key '{id}' is not configured ({EncryptionOptions.Section}:MasterKeys:{id}).");
}
