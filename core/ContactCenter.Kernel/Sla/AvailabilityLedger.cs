using System.Globalization;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Sla;

/// <summary>
/// The per-minute availability ledger: stored in <see cref="KernelCollections.AvailabilityLedger"/>, with the last 30 days
/// kept in memory for the SLA windows and burn rates. Minutes the store could not take yet stay pending and are written
/// on the next call, so an outage of the store (the very thing the ledger records) loses no minute.
/// </summary>
internal sealed class AvailabilityLedger(IDocumentStore store)
{
    /// <summary>How far back the ledger is kept in memory (the longest SLA window).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    private const int WriteChunk = 500;
    private readonly Lock _gate = new();
    private readonly SortedDictionary<DateTimeOffset, bool> _minutes = [];
    private readonly List<LedgerMinute> _pending = [];
    private readonly KernelRepository<LedgerMinute> _repository = new(store, KernelCollections.AvailabilityLedger);

    /// <summary>The document id of a minute.</summary>
    public static string IdOf(DateTimeOffset minute) =>
        minute.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Loads the minutes since <paramref name="now"/> minus the horizon; returns the last minute ever recorded.</summary>
    public async Task<DateTimeOffset?> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recent = await _repository.ListAsync(
            new DocumentQuery { Filters = [new DocumentFilter("minute", FilterOperator.GreaterThanOrEqual, now - Horizon)] },
            cancellationToken).ConfigureAwait(false);
        var last = await store.QueryAsync(_repository.Collection.Name, new DocumentQuery { OrderBy = "minute", Descending = true, PageSize = 1 }, cancellationToken)
            .ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var minute in recent)
            {
                _minutes[minute.Value.Minute] = minute.Value.Available;
            }
        }

        return last.Items.Count == 0 ? null : _repository.Read(last.Items[0]).Value.Minute;
    }

    /// <summary>Adds minutes to the ledger and writes every pending minute to the store.</summary>
    /// <exception cref="Exception">The store refused the write; the minutes stay pending for the next call.</exception>
    public async Task RecordAsync(IReadOnlyList<LedgerMinute> minutes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<LedgerMinute> toWrite;
        lock (_gate)
        {
            foreach (var minute in minutes)
            {
                _minutes[minute.Minute] = minute.Available;
            }

            foreach (var old in _minutes.Keys.TakeWhile(m => m < now - Horizon).ToList())
            {
                _minutes.Remove(old);
            }

            _pending.AddRange(minutes);
            toWrite = [.. _pending];
        }

        foreach (var chunk in toWrite.Chunk(WriteChunk))
        {
            var batch = new WriteBatch();
            foreach (var minute in chunk)
            {
                batch.Upsert(_repository.Collection.Name, IdOf(minute.Minute), _repository.Serialize(minute));
            }

            await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _pending.RemoveRange(0, chunk.Length);
            }
        }
    }

    /// <summary>Minutes recorded in [<paramref name="from"/>, <paramref name="to"/>) and how many were unavailable.</summary>
    public (long Counted, long Unavailable) Count(DateTimeOffset from, DateTimeOffset to)
    {
        lock (_gate)
        {
            long counted = 0, unavailable = 0;
            foreach (var (minute, available) in _minutes)
            {
                if (minute >= from && minute < to)
                {
                    counted++;
                    unavailable += available ? 0 : 1;
                }
            }

            return (counted, unavailable);
        }
    }
}
