namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// One stored key ring entry (collection <c>k.key-ring</c>): a key wrapped by a master key, never the key itself. Kept
/// in the store so that a backup of the data carries the keys to read it (the master keys stay with the key provider).
/// </summary>
public sealed record KeyRingEntry
{
    /// <summary>The data key id (16 hex characters), or <c>lookup</c>.</summary>
    public required string KeyId { get; init; }

    /// <summary>What the entry holds.</summary>
    public required KeyRingEntryKind Kind { get; init; }

    /// <summary>The key provider that wrapped it (e.g. <c>File</c>).</summary>
    public required string Provider { get; init; }

    /// <summary>The master key that wrapped it.</summary>
    public required string MasterKeyId { get; init; }

    /// <summary>The wrapped key, base64.</summary>
    public required string WrappedKey { get; init; }

    /// <summary>When the key was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>For data keys: when a newer key took over new writes. A retired key still decrypts what it encrypted.</summary>
    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>When it was last re-wrapped under another master key.</summary>
    public DateTimeOffset? RewrappedAt { get; init; }

    /// <summary>The document id of an entry.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="keyId">The key id.</param>
    /// <returns><c>data-{keyId}</c> or <c>lookup</c>.</returns>
    public static string DocumentId(KeyRingEntryKind kind, string keyId) => kind == KeyRingEntryKind.Lookup ? "lookup" : $"data-{keyId}";

    /// <summary>The context the wrapped key is bound to (so a wrapped key copied to another entry does not unwrap).</summary>
    public string WrapContext => $"cc/key-ring/{DocumentId(Kind, KeyId)}";
}
