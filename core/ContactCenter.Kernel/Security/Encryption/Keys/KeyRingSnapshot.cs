using System.Collections.Frozen;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>The key ring as loaded: unwrapped data keys by id, the current one, the lookup hasher, and the stored entries.</summary>
internal sealed class KeyRingSnapshot
{
    public required FrozenDictionary<ulong, byte[]> DataKeys { get; init; }

    public required ulong CurrentDataKeyId { get; init; }

    public required LookupHasher Lookup { get; init; }

    public required byte[] LookupRoot { get; init; }

    public required IReadOnlyList<Versioned<KeyRingEntry>> Entries { get; init; }

    public byte[] CurrentKey => DataKeys[CurrentDataKeyId];
}
