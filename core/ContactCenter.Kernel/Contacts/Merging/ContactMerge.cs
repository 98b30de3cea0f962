namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>A merge of one contact (the source) into another (the target), as the API shows it.</summary>
/// <param name="Id">The merge record's id.</param>
/// <param name="SourceId">The contact merged away (a tombstone pointing at the target while the merge is in force).</param>
/// <param name="TargetId">The contact that received the source's identities and history.</param>
/// <param name="Status"><c>merged</c> while in force, <c>unmerged</c> once undone.</param>
/// <param name="IdentitiesMoved">How many identities the target got from the source (the ones it did not have already).</param>
/// <param name="MergedAt">When it was merged.</param>
/// <param name="MergedBy">Who merged.</param>
/// <param name="UnmergedAt">When it was undone, if it was.</param>
/// <param name="UnmergedBy">Who undid it, if anyone.</param>
public sealed record ContactMerge(
    string Id,
    string SourceId,
    string TargetId,
    string Status,
    int IdentitiesMoved,
    DateTimeOffset MergedAt,
    string MergedBy,
    DateTimeOffset? UnmergedAt,
    string? UnmergedBy);
