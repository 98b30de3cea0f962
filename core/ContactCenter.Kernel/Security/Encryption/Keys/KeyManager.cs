using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>Rotation of data keys and master keys over the stored key ring (see <see cref="IKeyManager"/>).</summary>
internal sealed partial class KeyManager(KeyRing ring, KeyRingEvents events, KernelTime time, ILogger<KeyManager> logger) : IKeyManager
{
    public async ValueTask<KeyRingStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        // Loading first also proves the master keys unwrap the ring before anything is changed or reported.
        await ring.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var provider = ring.Provider;
        var entries = await ring.Repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var current = entries.Select(e => e.Value).Where(e => e.Kind == KeyRingEntryKind.Data && e.RetiredAt is null).MaxBy(e => e.CreatedAt);
        return new KeyRingStatus(
            provider.Name,
            await provider.GetCurrentKeyIdAsync(cancellationToken).ConfigureAwait(false),
            await provider.ListKeyIdsAsync(cancellationToken).ConfigureAwait(false),
            current?.KeyId ?? string.Empty,
            entries.Select(e => e.Value)
                .OrderBy(e => e.CreatedAt)
                .Select(e => new KeyRingStatusEntry(e.KeyId, e.Kind, e.MasterKeyId, e.CreatedAt, e.RetiredAt, e.RewrappedAt, e == current))
                .ToArray());
    }

    public async ValueTask<KeyRingStatus> RotateDataKeyAsync(CancellationToken cancellationToken = default)
    {
        await ring.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var entries = await ring.Repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var next = await ring.NewEntryAsync(KeyRingEntryKind.Data, DataKeyIds.Format(DataKeyIds.New()), now, cancellationToken).ConfigureAwait(false);
        var collection = ring.Repository.Collection.Name;
        var batch = new WriteBatch().Insert(collection, KeyRingEntry.DocumentId(next.Kind, next.KeyId), ring.Repository.Serialize(next));
        foreach (var active in entries.Where(e => e.Value.Kind == KeyRingEntryKind.Data && e.Value.RetiredAt is null))
        {
            // Guarded by version: two rotations at once cannot both retire the same key.
            batch.Replace(collection, active.Id, ring.Repository.Serialize(active.Value with { RetiredAt = now }), active.Version);
        }

        await events.CommitAsync(batch, new KeyRingChanged("data-key-rotated", next.KeyId, next.MasterKeyId, 0, now), cancellationToken).ConfigureAwait(false);
        await ring.LoadAsync(cancellationToken).ConfigureAwait(false);
        LogDataKeyRotated(next.KeyId);
        return await GetStatusAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<KeyRingStatus> RotateMasterKeyAsync(CancellationToken cancellationToken = default)
    {
        await ring.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var provider = ring.Provider;
        var entries = await ring.Repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var currentMaster = await provider.GetCurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        if (provider is IMasterKeyGenerator generator)
        {
            currentMaster = await generator.CreateKeyAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (entries.All(e => e.Value.MasterKeyId == currentMaster))
        {
            throw new InvalidRequestException("masterKey",
                $"Every key is already wrapped by master key '{currentMaster}', and key provider '{provider.Name}' cannot create keys: add the new master key " +
                $"(e.g. CC__Encryption__MasterKeys__<id>), make it current ({EncryptionOptions.Section}:CurrentMasterKey), restart, then rotate.");
        }

        var now = time.GetUtcNow();
        var batch = new WriteBatch();
        var rewrapped = 0;
        foreach (var stored in entries.Where(e => e.Value.MasterKeyId != currentMaster))
        {
            var entry = stored.Value;
            var key = await KeyRingLoader.UnwrapAsync(entry, provider, cancellationToken).ConfigureAwait(false);
            var wrapped = await provider.WrapAsync(key, entry.WrapContext, cancellationToken).ConfigureAwait(false);
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(key);
            var updated = entry with { MasterKeyId = wrapped.MasterKeyId, WrappedKey = Convert.ToBase64String(wrapped.Ciphertext.Span), RewrappedAt = now };
            batch.Replace(ring.Repository.Collection.Name, stored.Id, ring.Repository.Serialize(updated), stored.Version);
            rewrapped++;
        }

        var currentData = entries.Select(e => e.Value).Where(e => e.Kind == KeyRingEntryKind.Data && e.RetiredAt is null).MaxBy(e => e.CreatedAt)?.KeyId ?? string.Empty;
        await events.CommitAsync(batch, new KeyRingChanged("master-key-rotated", currentData, currentMaster, rewrapped, now), cancellationToken).ConfigureAwait(false);
        await ring.LoadAsync(cancellationToken).ConfigureAwait(false);
        LogMasterKeyRotated(currentMaster, rewrapped);
        return await GetStatusAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Rotated the data key: new writes use data key {DataKeyId}")]
    private partial void LogDataKeyRotated(string dataKeyId);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Rotated the master key: {Count} key ring entries re-wrapped under master key {MasterKeyId}")]
    private partial void LogMasterKeyRotated(string masterKeyId, int count);
}
