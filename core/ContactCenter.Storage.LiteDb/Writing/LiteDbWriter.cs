using System.Collections.Concurrent;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.LiteDb.Files;
using ContactCenter.Storage.LiteDb.Schema;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>
/// The store's only writer: a dedicated thread, because LiteDB transactions belong to the thread that began them and
/// must never span an <c>await</c>. It takes everything queued (group commit), applies each batch in one
/// transaction, commits once, flushes the log to disk once, and only then completes the callers.
/// </summary>
internal sealed partial class LiteDbWriter : IDisposable
{
    /// <summary>The most jobs one group commit takes.</summary>
    public const int MaxGroupSize = 256;

    private readonly BlockingCollection<WriteJob> _queue = [];
    private readonly LiteDatabase _database;
    private readonly StoreFiles _files;
    private readonly CollectionCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _running = new(initialState: true);
    private long _lastSequence;

    public LiteDbWriter(LiteDatabase database, StoreFiles files, CollectionCatalog catalog, TimeProvider time, ILogger logger, long lastSequence)
    {
        _database = database;
        _files = files;
        _catalog = catalog;
        _time = time;
        _logger = logger;
        _lastSequence = lastSequence;
        _thread = new Thread(Run) { IsBackground = true, Name = "cc-litedb-writer" };
        _thread.Start();
    }

    /// <summary>Jobs waiting for the writer.</summary>
    public int QueueDepth => _queue.Count;

    /// <summary>How many group commits ran (for tests and diagnostics).</summary>
    public long GroupCount { get; private set; }

    /// <summary>How many batches the largest group held.</summary>
    public int LargestGroup { get; private set; }

    public void Enqueue(WriteJob job)
    {
        if (!_queue.TryAdd(job))
        {
            throw new ObjectDisposedException(nameof(LiteDbWriter), "The LiteDB store is closed.");
        }
    }

    /// <summary>
    /// Holds the writer before its next group until the returned handle is disposed, so that a test can queue a
    /// known set of batches and see them committed as one group.
    /// </summary>
    public IDisposable Pause()
    {
        _running.Reset();
        return new Resume(_running);
    }

    /// <summary>Stops taking work, finishes what is queued, and waits for the thread.</summary>
    public void Dispose()
    {
        _running.Set();
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
        _running.Dispose();
    }

    private void Run()
    {
        var group = new List<WriteJob>(MaxGroupSize);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            _running.Wait();
            group.Add(first);
            while (group.Count < MaxGroupSize && _queue.TryTake(out var next))
            {
                group.Add(next);
            }

            var batches = new List<BatchJob>();
            foreach (var job in group)
            {
                if (job is BatchJob batch)
                {
                    batches.Add(batch);
                    continue;
                }

                CommitGroup(batches);
                batches.Clear();
                RunEnsure((EnsureJob)job);
            }

            CommitGroup(batches);
            group.Clear();
        }
    }

    private void CommitGroup(List<BatchJob> batches)
    {
        foreach (var job in batches.Where(j => j.CancellationToken.IsCancellationRequested))
        {
            job.Completion.TrySetCanceled(job.CancellationToken);
        }

        var live = batches.Where(j => !j.CancellationToken.IsCancellationRequested).ToList();
        if (live.Count == 0)
        {
            return;
        }

        if (!TryCommit(live, out var failure))
        {
            if (live.Count == 1)
            {
                live[0].Fail(failure!);
                return;
            }

            // Something other than a version guard failed the group: retry each batch alone, so only its cause fails.
            LogGroupRetried(failure!, live.Count);
            foreach (var job in live)
            {
                CommitGroup([job]);
            }

            return;
        }

        GroupCount++;
        LargestGroup = Math.Max(LargestGroup, live.Count);
        foreach (var job in live)
        {
            if (job.Refusal is { } refusal)
            {
                job.Completion.TrySetException(refusal);
            }
            else
            {
                job.Completion.TrySetResult(job.Result!);
            }
        }
    }

    private bool TryCommit(List<BatchJob> jobs, out Exception? failure)
    {
        var applier = new BatchApplier(_database, _catalog, _time.GetUtcNow(), _lastSequence);
        _database.BeginTrans();
        try
        {
            foreach (var job in jobs)
            {
                job.Refusal = null;
                try
                {
                    job.Result = applier.Apply(job);
                }
                catch (ConcurrencyConflictException conflict)
                {
                    job.Refusal = conflict;
                }
            }

            _database.Commit();
            _files.Log.Flush();
        }
        catch (Exception ex)
        {
            // The writer thread must outlive any failure (disk full, I/O error, a LiteDB fault): if it died, every
            // caller would wait forever. The failure goes back to the callers of this group.
            TryRollback();
            failure = ex;
            return false;
        }

        _lastSequence = applier.LastSequence;
        _catalog.Publish(applier.CreatedSchemas);
        failure = null;
        return true;
    }

    private void RunEnsure(EnsureJob job)
    {
        try
        {
            var schema = SchemaWriter.Ensure(_database, _catalog, job.Definition);
            _files.Log.Flush();
            _catalog.Publish([schema]);
            job.Completion.TrySetResult();
        }
        catch (Exception ex)
        {
            // Same reason as for batches: the writer thread must survive to serve the next caller.
            TryRollback();
            job.Fail(ex);
        }
    }

    private void TryRollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (LiteException ex)
        {
            LogRollbackFailed(ex);
        }
    }

    private sealed class Resume(ManualResetEventSlim running) : IDisposable
    {
        public void Dispose() => running.Set();
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "A group commit of {Count} batches failed; retrying each batch alone")]
    private partial void LogGroupRetried(Exception exception, int count);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Rolling back a failed LiteDB transaction failed")]
    private partial void LogRollbackFailed(Exception exception);
}
