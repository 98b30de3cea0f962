using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Audit;

namespace ContactCenter.Kernel.Tests.Identity.Users;

/// <summary>An audit log that keeps what it is given, to assert what account changes record.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditEntry> Entries { get; } = new();

    public ValueTask<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Entries.Enqueue(entry);
        var record = new AuditRecord(Entries.Count, DateTimeOffset.UnixEpoch, entry.Actor, entry.Action, entry.Target, entry.Outcome,
            entry.BeforeDigest, entry.AfterDigest, entry.SourceIp, entry.CorrelationId, entry.Detail, AuditRecord.GenesisHash, AuditRecord.GenesisHash);
        return ValueTask.FromResult(record);
    }

    public async IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    public ValueTask<IReadOnlyList<AuditCheckpoint>> ReadCheckpointsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<AuditCheckpoint>>([]);

    public ValueTask<AuditCheckpoint?> CheckpointAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<AuditCheckpoint?>(null);
}
