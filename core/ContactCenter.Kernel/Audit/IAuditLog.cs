namespace ContactCenter.Kernel.Audit;

/// <summary>The append-only, hash-chained audit log.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry; when this returns the entry is durable and chained.</summary>
    /// <param name="entry">What happened.</param>
    /// <param name="cancellationToken">Cancels before the entry is written.</param>
    /// <returns>The stored entry.</returns>
    ValueTask<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads entries in sequence order.</summary>
    /// <param name="query">Range and filters.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries, lazily, in sequence order.</returns>
    IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every checkpoint, in sequence order.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoints.</returns>
    ValueTask<IReadOnlyList<AuditCheckpoint>> ReadCheckpointsAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs a checkpoint over the current tail now (nothing happens when no entry was added since the last one).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new checkpoint, or <see langword="null"/>.</returns>
    ValueTask<AuditCheckpoint?> CheckpointAsync(CancellationToken cancellationToken = default);
}
