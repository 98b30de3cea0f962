using System.Security.Cryptography;
using ContactCenter.Sdk.Security;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>
/// A master key that lives only as long as the process: the default with the in-memory store (whose data does not
/// outlive the process either). One key per process, so two kernels on one in-memory store in a test still agree.
/// </summary>
internal sealed class EphemeralMasterKeyProvider : IMasterKeyProvider
{
    private const string KeyId = "ephemeral";
    private static readonly byte[] ProcessKey = RandomNumberGenerator.GetBytes(32);

    public string Name => EncryptionOptions.EphemeralProvider;

    public ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken) => ValueTask.FromResult(KeyId);

    public ValueTask<IReadOnlyList<string>> ListKeyIdsAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<string>>([KeyId]);

    public ValueTask<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, string context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new WrappedDataKey(KeyId, MasterKeyWrap.Wrap(ProcessKey, KeyId, dataKey.Span, context)));

    public ValueTask<byte[]> UnwrapAsync(WrappedDataKey wrapped, string context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        return wrapped.MasterKeyId == KeyId
            ? ValueTask.FromResult(MasterKeyWrap.Unwrap(ProcessKey, KeyId, wrapped.Ciphertext.Span, context))
            : throw new KeyNotFoundException($"Master key '{wrapped.MasterKeyId}' is not known to the ephemeral provider (it holds only this process's key).");
    }
}
