namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>Key ring administration: what is in force, and rotation. Every change is committed with a <c>cc.security.key-ring-changed</c> event.</summary>
public interface IKeyManager
{
    /// <summary>The key ring as stored, with the provider's master keys.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; key ids only.</returns>
    ValueTask<KeyRingStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a data key for new writes and retires the current one (which keeps decrypting what it encrypted).
    /// Nothing already stored is rewritten.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call before the change is committed.</param>
    /// <returns>The status after the rotation.</returns>
    /// <exception cref="Sdk.Errors.ConcurrencyConflictException">Another rotation ran at the same time; nothing was changed by this one.</exception>
    ValueTask<KeyRingStatus> RotateDataKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Re-wraps every key ring entry under the provider's current master key, after creating a new master key version
    /// when the provider can (the file provider); with the environment provider the operator first adds the new key and
    /// makes it current. Only the key ring entries change: no data document is rewritten.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call before the change is committed.</param>
    /// <returns>The status after the rotation.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">The provider cannot create keys and every entry is already wrapped by its current key.</exception>
    ValueTask<KeyRingStatus> RotateMasterKeyAsync(CancellationToken cancellationToken = default);
}
