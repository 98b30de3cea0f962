using System.Security.Cryptography;
using ContactCenter.Kernel.Security.Encryption.Providers;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Security;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// The loaded key ring, shared by everything that encrypts. Loaded (or created, on a first start) before the kernel
/// serves anything; reloaded when another node rotated a key (periodically, and at once when a ciphertext names a
/// data key not loaded yet, at most once a second so that forged key ids cannot hammer the store).
/// </summary>
internal sealed class KeyRing(IDocumentStore store, MasterKeyProviderResolver providers, KernelTime time, KeyRingEvents events) : IDisposable
{
    private static readonly TimeSpan MissRefreshSpacing = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile KeyRingSnapshot? _snapshot;
    private long _lastMissRefresh = long.MinValue;

    public KeyRingSnapshot Snapshot => _snapshot
        ?? throw new InvalidOperationException("The encryption key ring is not loaded yet: it loads when the kernel starts (KeyRingInitializer).");

    public IMasterKeyProvider Provider => providers.Provider;

    public KernelRepository<KeyRingEntry> Repository { get; } = new(store, KernelCollections.KeyRing);

    /// <summary>Loads the ring from the store, creating it on a first start.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var entries = await Repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (entries.Count == 0)
            {
                entries = await CreateAsync(cancellationToken).ConfigureAwait(false);
            }

            _snapshot = await KeyRingLoader.BuildAsync(entries, Provider, _snapshot, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads the ring unless it is loaded already (tools that manage keys without starting the kernel).</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is null)
        {
            await LoadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reloads the ring for a data key id not loaded yet; says whether it is now known.</summary>
    public async ValueTask<bool> TryLoadKeyAsync(ulong keyId, CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastMissRefresh);
        if (now - last < MissRefreshSpacing.TotalMilliseconds || Interlocked.CompareExchange(ref _lastMissRefresh, now, last) != last)
        {
            return Snapshot.DataKeys.ContainsKey(keyId);
        }

        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Snapshot.DataKeys.ContainsKey(keyId);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<IReadOnlyList<Versioned<KeyRingEntry>>> CreateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var data = await NewEntryAsync(KeyRingEntryKind.Data, DataKeyIds.Format(DataKeyIds.New()), now, cancellationToken).ConfigureAwait(false);
        var lookup = await NewEntryAsync(KeyRingEntryKind.Lookup, "lookup", now, cancellationToken).ConfigureAwait(false);
        var change = new KeyRingChanged("created", data.KeyId, data.MasterKeyId, 0, now);
        var batch = new WriteBatch()
            .Insert(Repository.Collection.Name, KeyRingEntry.DocumentId(data.Kind, data.KeyId), Repository.Serialize(data))
            .Insert(Repository.Collection.Name, KeyRingEntry.DocumentId(lookup.Kind, lookup.KeyId), Repository.Serialize(lookup));
        try
        {
            await events.CommitAsync(batch, change, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Another node created the ring at the same time; its ring is the one.
        }

        return await Repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new random key of <paramref name="kind"/>, wrapped by the provider's current master key.</summary>
    public async Task<KeyRingEntry> NewEntryAsync(KeyRingEntryKind kind, string keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = RandomNumberGenerator.GetBytes(Envelope.KeySize);
        try
        {
            var context = $"cc/key-ring/{KeyRingEntry.DocumentId(kind, keyId)}";
            var wrapped = await Provider.WrapAsync(key, context, cancellationToken).ConfigureAwait(false);
            return new KeyRingEntry
            {
                KeyId = keyId,
                Kind = kind,
                Provider = Provider.Name,
                MasterKeyId = wrapped.MasterKeyId,
                WrappedKey = Convert.ToBase64String(wrapped.Ciphertext.Span),
                CreatedAt = now,
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
