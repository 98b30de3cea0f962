namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>
/// Explicit, reversible merges of two contacts who are one customer (matching is never fuzzy, so a person who wrote
/// from a phone and from an email appears twice until someone merges them). A merge moves the source's identities to
/// the target and leaves the source a tombstone pointing there: lookups and the timeline resolve to the target. An
/// unmerge restores exactly what was merged. Both are one atomic batch guarded by the versions read, audited with
/// digests of the documents before and after, and idempotent.
/// </summary>
public interface IContactMerger
{
    /// <summary>Merges <paramref name="sourceId"/> into <paramref name="targetId"/>.</summary>
    /// <param name="targetId">The contact that stays.</param>
    /// <param name="sourceId">The contact merged away.</param>
    /// <param name="expectedTargetVersion">The target's version the caller saw, if it wants the merge refused after a change.</param>
    /// <param name="expectedSourceVersion">The source's version the caller saw, likewise.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The merge; <see cref="ContactMergeResult.Changed"/> is false when it was already merged into the target.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">An id is malformed, or both are the same contact.</exception>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">A contact does not exist.</exception>
    /// <exception cref="ContactMergeConflictException">A contact is a tombstone of another merge.</exception>
    /// <exception cref="Sdk.Errors.ConcurrencyConflictException">A contact changed since the version given or read.</exception>
    ValueTask<ContactMergeResult> MergeAsync(string targetId, string sourceId, long? expectedTargetVersion = null, long? expectedSourceVersion = null,
        CancellationToken cancellationToken = default);

    /// <summary>Undoes the merge of <paramref name="sourceId"/> into <paramref name="targetId"/>.</summary>
    /// <param name="targetId">The contact the source was merged into.</param>
    /// <param name="sourceId">The merged contact to restore.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The merge record; <see cref="ContactMergeResult.Changed"/> is false when it was already undone.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">An id is malformed, or both are the same contact.</exception>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">A contact does not exist, or the source was never merged into the target.</exception>
    /// <exception cref="ContactMergeConflictException">The target was itself merged since (undo that first).</exception>
    /// <exception cref="Sdk.Errors.ConcurrencyConflictException">A contact changed while the unmerge ran.</exception>
    ValueTask<ContactMergeResult> UnmergeAsync(string targetId, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>The merges into <paramref name="targetId"/> that are in force, and the ones into those (the whole tree of merged contacts).</summary>
    /// <param name="targetId">A live contact.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ids of every contact merged into it, directly or not (not including itself).</returns>
    ValueTask<IReadOnlyList<string>> MergedIntoAsync(string targetId, CancellationToken cancellationToken = default);
}
