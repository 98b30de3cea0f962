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
        try
        {
            _queue.Add(job);
        }
        catch (InvalidOperationException)
        {
            // Adding after CompleteAdding: the store is closing.
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
                if (job is SnapshotJob snapshot)
                {
                    RunSnapshot(snapshot);
                }
                else
                {
                    RunEnsure((EnsureJob)job);
                }
            }

            CommitGroup(batches);
            group.Clear();
        }
    }

    private sealed class Resume(ManualResetEventSlim running) : IDisposable
    {
        public void Dispose() => running.Set();
    }
}
