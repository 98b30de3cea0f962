using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// The audit log over the store: one writer per process (a semaphore), the entry's id is its sequence so two nodes
/// can never both write the same position (the second insert conflicts, re-reads the tail and retries), and the
/// checkpoint due every <see cref="AuditOptions.CheckpointEvery"/> entries is committed in the same batch as its entry.
/// </summary>
internal sealed class AuditLog(IDocumentStore store, AuditKeyRing keys, AuditTrustFile trust, KernelTime time, IOptions<AuditOptions> options)
    : IAuditLog, IDisposable
{
    private const int MaxAttempts = 8;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly KernelRepository<AuditRecord> _entries = new(store, KernelCollections.Audit);
    private readonly KernelRepository<AuditCheckpoint> _checkpoints = new(store, KernelCollections.AuditCheckpoints);
    private (long Sequence, string Hash)? _tail;
    private long _checkpointed = -1;

    public async ValueTask<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Target);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var (sequence, previous) = _tail ??= await ReadTailAsync(cancellationToken).ConfigureAwait(false);
                var record = Chain(entry, sequence + 1, previous);
                var batch = new WriteBatch().Insert(_entries.Collection.Name, AuditRecord.IdOf(record.Sequence), _entries.Serialize(record));
                AuditCheckpoint? checkpoint = null;
                if (record.Sequence % options.Value.CheckpointEvery == 0)
                {
                    checkpoint = AuditCheckpointSigner.Sign(keys, record.Sequence, record.Hash, record.Time);
                    batch.Upsert(_checkpoints.Collection.Name, AuditRecord.IdOf(record.Sequence), _checkpoints.Serialize(checkpoint));
                }

                try
                {
                    await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    // Another node appended first: take its tail and chain after it.
                    _tail = null;
                    continue;
                }

                _tail = (record.Sequence, record.Hash);
                if (checkpoint is not null)
                {
                    Trusted(checkpoint);
                }

                return record;
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public async IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<DocumentFilter>();
        if (query.From is { } from)
        {
            filters.Add(new DocumentFilter("time", FilterOperator.GreaterThanOrEqual, from));
        }

        if (query.To is { } to)
        {
            filters.Add(new DocumentFilter("time", FilterOperator.LessThan, to));
        }

        if (query.Actor is not null)
        {
            filters.Add(new DocumentFilter("actor", FilterOperator.Equal, query.Actor));
        }

        if (query.Action is not null)
        {
            filters.Add(new DocumentFilter("action", FilterOperator.Equal, query.Action));
        }

        var page = new DocumentQuery { Filters = filters, PageSize = DocumentQuery.MaxPageSize };
        while (true)
        {
            var raw = await store.QueryAsync(_entries.Collection.Name, page, cancellationToken).ConfigureAwait(false);
            foreach (var item in raw.Items)
            {
                var record = _entries.Read(item).Value;
                if (query.Matches(record))
                {
                    yield return record;
                }
            }

            if (raw.ContinuationToken is null)
            {
                yield break;
            }

            page = page with { ContinuationToken = raw.ContinuationToken };
        }
    }

    public async ValueTask<IReadOnlyList<AuditCheckpoint>> ReadCheckpointsAsync(CancellationToken cancellationToken = default) =>
        [.. (await _checkpoints.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(v => v.Value)];

    public async ValueTask<AuditCheckpoint?> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (sequence, hash) = _tail ??= await ReadTailAsync(cancellationToken).ConfigureAwait(false);
            if (sequence == 0 || sequence == _checkpointed)
            {
                return null;
            }

            var checkpoint = AuditCheckpointSigner.Sign(keys, sequence, hash, time.GetUtcNow());
            await _checkpoints.UpsertAsync(AuditRecord.IdOf(sequence), checkpoint, cancellationToken).ConfigureAwait(false);
            Trusted(checkpoint);
            return checkpoint;
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();

    private void Trusted(AuditCheckpoint checkpoint)
    {
        _checkpointed = checkpoint.Sequence;
        trust.Write(checkpoint);
    }

    private AuditRecord Chain(AuditEntry entry, long sequence, string previous)
    {
        var unsigned = new AuditRecord(sequence, time.GetUtcNow(), entry.Actor, entry.Action, entry.Target, entry.Outcome,
            entry.BeforeDigest, entry.AfterDigest, entry.SourceIp, entry.CorrelationId, entry.Detail, previous, string.Empty);
        return unsigned with { Hash = AuditHashing.ComputeHash(unsigned) };
    }

    private async ValueTask<(long, string)> ReadTailAsync(CancellationToken cancellationToken)
    {
        var page = await store.QueryAsync(_entries.Collection.Name, new DocumentQuery { Descending = true, PageSize = 1 }, cancellationToken).ConfigureAwait(false);
        if (page.Items.Count == 0)
        {
            return (0, AuditRecord.GenesisHash);
        }

        var last = _entries.Read(page.Items[0]).Value;
        return (last.Sequence, last.Hash);
    }
}
