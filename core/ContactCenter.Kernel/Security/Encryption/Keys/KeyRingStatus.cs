namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>The key ring at a glance. Ids and dates only.</summary>
/// <param name="Provider">The master key provider in force.</param>
/// <param name="CurrentMasterKeyId">The master key new data keys are wrapped with.</param>
/// <param name="MasterKeyIds">Every master key the provider holds.</param>
/// <param name="CurrentDataKeyId">The data key new writes use.</param>
/// <param name="Keys">Every key ring entry.</param>
public sealed record KeyRingStatus(
    string Provider,
    string CurrentMasterKeyId,
    IReadOnlyList<string> MasterKeyIds,
    string CurrentDataKeyId,
    IReadOnlyList<KeyRingStatusEntry> Keys)
{
    /// <summary>Master keys that still wrap an entry: they must be kept.</summary>
    public IReadOnlyList<string> MasterKeysInUse => Keys.Select(k => k.MasterKeyId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}

/// <summary>One key ring entry.</summary>
/// <param name="KeyId">The data key id, or <c>lookup</c>.</param>
/// <param name="Kind">Data or lookup.</param>
/// <param name="MasterKeyId">The master key wrapping it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RetiredAt">When a newer data key took over new writes.</param>
/// <param name="RewrappedAt">When it was last re-wrapped.</param>
/// <param name="Current">Whether new writes use it.</param>
public sealed record KeyRingStatusEntry(
    string KeyId, KeyRingEntryKind Kind, string MasterKeyId, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt, DateTimeOffset? RewrappedAt, bool Current);
