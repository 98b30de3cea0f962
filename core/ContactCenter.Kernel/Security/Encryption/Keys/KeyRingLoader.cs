using System.Collections.Frozen;
using System.Security.Cryptography;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Security;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// Turns stored key ring entries into a <see cref="KeyRingSnapshot"/>: unwraps each key with the provider (reusing keys
/// already unwrapped by the previous snapshot, so a refresh does not call a KMS for every entry) and picks the current
/// data key. Every failure names the entry and the master key id.
/// </summary>
internal static class KeyRingLoader
{
    public static async ValueTask<KeyRingSnapshot> BuildAsync(
        IReadOnlyList<Versioned<KeyRingEntry>> entries, IMasterKeyProvider provider, KeyRingSnapshot? previous, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<ulong, byte[]>();
        byte[]? lookup = null;
        foreach (var stored in entries)
        {
            var entry = stored.Value;
            if (entry.Kind == KeyRingEntryKind.Lookup)
            {
                lookup = await UnwrapAsync(entry, provider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!DataKeyIds.TryParse(entry.KeyId, out var id))
            {
                throw new KeyRingUnavailableException($"Key ring entry '{stored.Id}' has a malformed key id.");
            }

            keys[id] = previous?.DataKeys.GetValueOrDefault(id) ?? await UnwrapAsync(entry, provider, cancellationToken).ConfigureAwait(false);
        }

        var current = entries.Select(e => e.Value)
            .Where(e => e.Kind == KeyRingEntryKind.Data && e.RetiredAt is null)
            .OrderByDescending(e => e.CreatedAt)
            .FirstOrDefault()
            ?? throw new KeyRingUnavailableException("The key ring has no current data key (every data key is retired).");
        if (lookup is null)
        {
            throw new KeyRingUnavailableException("The key ring has no lookup key.");
        }

        _ = DataKeyIds.TryParse(current.KeyId, out var currentId); // every data key id was parsed above
        return new KeyRingSnapshot
        {
            DataKeys = keys.ToFrozenDictionary(),
            CurrentDataKeyId = currentId,
            Lookup = previous?.LookupRoot.AsSpan().SequenceEqual(lookup) == true ? previous.Lookup : new LookupHasher(lookup),
            LookupRoot = lookup,
            Entries = entries,
        };
    }

    public static async ValueTask<byte[]> UnwrapAsync(KeyRingEntry entry, IMasterKeyProvider provider, CancellationToken cancellationToken)
    {
        var what = entry.Kind == KeyRingEntryKind.Lookup ? "The lookup key" : $"Data key {entry.KeyId}";
        if (!string.Equals(entry.Provider, provider.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new KeyRingUnavailableException(
                $"{what} is wrapped by master key '{entry.MasterKeyId}' of key provider '{entry.Provider}', but {EncryptionOptions.Section}:Provider is '{provider.Name}'.");
        }

        try
        {
            var key = await provider.UnwrapAsync(new WrappedDataKey(entry.MasterKeyId, Convert.FromBase64String(entry.WrappedKey)), entry.WrapContext, cancellationToken)
                .ConfigureAwait(false);
            return key.Length == Envelope.KeySize ? key : throw new CryptographicException("the unwrapped key is not 32 bytes");
        }
        catch (KeyNotFoundException ex)
        {
            throw new KeyRingUnavailableException(
                $"{what} is wrapped by master key '{entry.MasterKeyId}', which key provider '{provider.Name}' does not have: restore that master key (keep it until `cc keys rotate-master-key` has re-wrapped every key).", ex);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            throw new KeyRingUnavailableException(
                $"{what} does not unwrap with master key '{entry.MasterKeyId}' of key provider '{provider.Name}' (wrong master key, or the entry was altered).", ex);
        }
    }
}
