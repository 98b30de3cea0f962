namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>What a merge or unmerge left behind.</summary>
/// <param name="Merge">The merge record.</param>
/// <param name="Target">The target contact now.</param>
/// <param name="Source">The source contact now (a tombstone after a merge, restored after an unmerge).</param>
/// <param name="Changed">False when the call found it already done and changed nothing (a repeated request).</param>
public sealed record ContactMergeResult(ContactMerge Merge, Contact Target, Contact Source, bool Changed);
