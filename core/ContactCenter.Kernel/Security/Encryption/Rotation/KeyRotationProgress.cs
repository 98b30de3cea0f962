namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// A data key rotation with re-encryption of the stored data (document <c>current</c> of <c>k.key-rotation</c>): saved
/// after every page, so a stopped host resumes where it was. Key ids and counts only.
/// </summary>
public sealed record KeyRotationProgress
{
    /// <summary>The rotation's id.</summary>
    public required string RotationId { get; init; }

    /// <summary>The data key the stored values are re-encrypted under (empty until the key is created).</summary>
    public required string DataKeyId { get; init; }

    /// <summary>Where it stands.</summary>
    public required KeyRotationState State { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it completed or failed.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Progress per collection, in the order they are visited.</summary>
    public required IReadOnlyList<KeyRotationCollectionProgress> Collections { get; init; }

    /// <summary>Why it failed (never key material nor personal data).</summary>
    public string? Error { get; init; }

    /// <summary>Documents visited so far.</summary>
    public long Scanned => Collections.Sum(c => c.Scanned);

    /// <summary>Documents re-encrypted so far.</summary>
    public long ReEncrypted => Collections.Sum(c => c.ReEncrypted);

    /// <summary>Documents refused because a value did not authenticate (tampered); they were left as they were.</summary>
    public long Failed => Collections.Sum(c => c.Failed);
}

/// <summary>Re-encryption progress in one collection.</summary>
/// <param name="Collection">The collection.</param>
/// <param name="Total">Documents it held when the runner reached it (0 before).</param>
/// <param name="Scanned">Documents visited.</param>
/// <param name="ReEncrypted">Documents rewritten under the new key.</param>
/// <param name="Failed">Documents with a value that did not authenticate.</param>
/// <param name="Done">Whether every document was visited.</param>
/// <param name="ContinuationToken">Where to resume (the store's keyset token).</param>
public sealed record KeyRotationCollectionProgress(
    string Collection, long Total, long Scanned, long ReEncrypted, long Failed, bool Done, string? ContinuationToken);
