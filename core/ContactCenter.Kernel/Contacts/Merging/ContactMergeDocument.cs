namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>
/// The record of one merge (collection <c>k.contact-merges</c>): enough to undo it exactly. The source's stored
/// document before the merge is kept as it was (its fields stay encrypted, bound to the source id), and the identities
/// that moved to the target are kept as their keyed lookup hashes, never in clear.
/// </summary>
internal sealed record ContactMergeDocument
{
    public const string Merged = "merged";
    public const string Unmerged = "unmerged";

    public required string SourceId { get; init; }

    public required string TargetId { get; init; }

    /// <summary><see cref="Merged"/> while in force, <see cref="Unmerged"/> once undone.</summary>
    public required string Status { get; init; }

    /// <summary>The source's stored document (JSON) before the merge, restored as it was by an unmerge.</summary>
    public required string SourceBefore { get; init; }

    /// <summary>The lookup hashes of the identities the target did not have and got from the source.</summary>
    public required IReadOnlyList<string> MovedHashes { get; init; }

    public required DateTimeOffset MergedAt { get; init; }

    public required string MergedBy { get; init; }

    public DateTimeOffset? UnmergedAt { get; init; }

    public string? UnmergedBy { get; init; }
}
