using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// The version rules of a <see cref="WriteBatch"/>, the same for every provider: an insert needs no document, a
/// replace needs the expected version, a guarded delete needs the expected version, and later writes in a batch see
/// the effect of earlier writes to the same document.
/// </summary>
public static class VersionGuards
{
    /// <summary>
    /// Checks every guard of <paramref name="batch"/> and says, for each document write in batch order, the version
    /// found before it and the version it leaves (<see langword="null"/> after a delete).
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="storedVersion">The version stored now for a collection and id, or <see langword="null"/> if absent.</param>
    /// <returns>One outcome per document write.</returns>
    /// <exception cref="ConcurrencyConflictException">The first write whose guard fails; nothing may be written.</exception>
    public static IReadOnlyList<GuardedWrite> Check(WriteBatch batch, Func<string, string, long?> storedVersion)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(storedVersion);
        var pending = new Dictionary<(string, string), long?>();
        var outcomes = new GuardedWrite[batch.Documents.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var write = batch.Documents[i];
            var key = (write.Collection, write.Id);
            var current = pending.TryGetValue(key, out var earlier) ? earlier : storedVersion(write.Collection, write.Id);
            var conflict = write.Kind switch
            {
                DocumentWriteKind.Insert => current is not null,
                DocumentWriteKind.Replace => current != write.ExpectedVersion,
                DocumentWriteKind.Delete => write.ExpectedVersion is not null && current != write.ExpectedVersion,
                _ => false,
            };
            if (conflict)
            {
                throw new ConcurrencyConflictException(write.Collection, write.Id, write.ExpectedVersion, current);
            }

            var after = write.Kind == DocumentWriteKind.Delete ? (long?)null : (current ?? 0) + 1;
            outcomes[i] = new GuardedWrite(current, after);
            pending[key] = after;
        }

        return outcomes;
    }
}

/// <summary>What one document write of a batch finds and leaves.</summary>
/// <param name="Before">The version before the write, or <see langword="null"/> if the document was absent.</param>
/// <param name="After">The version after the write, or <see langword="null"/> after a delete.</param>
public readonly record struct GuardedWrite(long? Before, long? After);
