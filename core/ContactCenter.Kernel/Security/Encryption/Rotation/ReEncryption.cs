namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>What re-encrypting one document came to.</summary>
/// <param name="Json">The new document to write at the version read, or <see langword="null"/>.</param>
/// <param name="Done">Whether the owner re-encrypted it itself (a live interaction, through its grain).</param>
internal readonly record struct ReEncryption(string? Json, bool Done)
{
    /// <summary>Nothing to do: every value already uses the current data key.</summary>
    public static ReEncryption Current => default;

    public static ReEncryption Rewrite(string json) => new(json, false);

    public static ReEncryption ByOwner => new(null, true);
}
