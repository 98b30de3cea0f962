namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>What a key ring entry holds.</summary>
public enum KeyRingEntryKind
{
    /// <summary>An AES-256-GCM data key.</summary>
    Data = 0,

    /// <summary>The root key of the keyed lookup hashes.</summary>
    Lookup = 1,
}
