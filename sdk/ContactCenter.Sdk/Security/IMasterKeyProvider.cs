namespace ContactCenter.Sdk.Security;

/// <summary>
/// A source of master keys for envelope encryption: it wraps and unwraps the platform's data keys and never hands out
/// a master key itself, so a KMS or HSM can implement it without the key leaving the device. The platform stores only
/// wrapped data keys (with the id of the master key that wrapped them); the master keys never enter its store.
/// Built in: <c>File</c> and <c>Environment</c>. Implementations must be thread-safe, must never log key material, and
/// should name key ids, never keys, in their errors.
/// </summary>
public interface IMasterKeyProvider
{
    /// <summary>The provider's name, as configured in <c>CC:Encryption:Provider</c> (e.g. <c>File</c>, <c>Environment</c>, <c>AwsKms</c>).</summary>
    string Name { get; }

    /// <summary>The id of the master key new data keys are wrapped with.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current master key id.</returns>
    ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken);

    /// <summary>Every master key id the provider can unwrap with, current or older.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ids.</returns>
    ValueTask<IReadOnlyList<string>> ListKeyIdsAsync(CancellationToken cancellationToken);

    /// <summary>Encrypts a data key under the current master key.</summary>
    /// <param name="dataKey">The data key (random bytes).</param>
    /// <param name="context">
    /// Where the data key is kept, e.g. <c>cc/key-ring/data/3f2a9c0b12d4e5f6</c>; bind it to the result (as associated data
    /// or a KMS encryption context) so a wrapped key moved to another entry does not unwrap.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wrapped key and the id of the master key that wrapped it.</returns>
    ValueTask<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, string context, CancellationToken cancellationToken);

    /// <summary>Decrypts a data key wrapped by <see cref="WrapAsync"/>.</summary>
    /// <param name="wrapped">The wrapped key and the master key id it names.</param>
    /// <param name="context">The context it was wrapped with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data key.</returns>
    /// <exception cref="KeyNotFoundException">The provider has no master key with that id.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The wrapped key or its context does not authenticate.</exception>
    ValueTask<byte[]> UnwrapAsync(WrappedDataKey wrapped, string context, CancellationToken cancellationToken);
}
