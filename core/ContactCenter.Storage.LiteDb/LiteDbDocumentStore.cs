using System.Globalization;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.LiteDb.Files;
using ContactCenter.Storage.LiteDb.Reading;
using ContactCenter.Storage.LiteDb.Schema;
using ContactCenter.Storage.LiteDb.Writing;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Storage.LiteDb;

/// <summary>
/// The embedded default store: every collection and the event log in one LiteDB 5 file,
/// <c>{CC:Storage:DataDirectory}/contactcenter.db</c>, beside LiteDB's write-ahead log <c>contactcenter-log.db</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>How LiteDB 5 writes.</b> A commit appends the transaction's pages to the log file, the last one marked
/// confirmed, and adds them to an in-memory WAL index; it calls no flush. A checkpoint (automatic once the log holds
/// 1,000 pages, and on close) copies confirmed pages into the data file, flushes it, then truncates the log. On open,
/// LiteDB replays every confirmed transaction found in the log and ignores an unconfirmed tail. LiteDB's own file
/// streams are buffered, and its "shared" connection re-opens the file around every operation, so neither gives a
/// durable commit nor a lock across processes.
/// </para>
/// <para>
/// <b>How this store opens it.</b> The store opens both files itself (unbuffered, exclusive) and hands them to a
/// direct (single-process) <see cref="LiteEngine"/> as streams: every page write is a system call, so a committed page
/// is in the operating system's cache before <c>Commit</c> returns and survives SIGKILL; then the writer thread
/// flushes the log to disk (<c>fsync</c>) once per group commit, before completing any caller, so an acknowledged batch
/// survives a power cut too. The data stream turns LiteDB's post-checkpoint <c>Flush</c> into an <c>fsync</c>, so the
/// data file is on disk before the log is truncated. The default checkpoint size is kept: checkpoints run on the
/// writer thread right after a commit, when no write transaction is open.
/// </para>
/// <para>
/// <b>Order.</b> The file is created with an ordinal collation, and indexed values are stored as sort keys whose
/// ordinal order is the contract's (see <c>SortKeys</c>), so LiteDB indexes order exactly as the reference provider.
/// </para>
/// <para>
/// <b>Concurrency.</b> One writer thread owns all writes (LiteDB transactions are bound to their thread); reads run
/// concurrently on the callers' threads against LiteDB's snapshots, at most 32 at once (LiteDB allows 100 open
/// transactions).
/// </para>
/// </remarks>
public sealed partial class LiteDbDocumentStore : IDocumentStore, IDisposable
{
    private const int MaxConcurrentReads = 32;

    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CollectionCatalog _catalog = new();
    private readonly SemaphoreSlim _readers = new(MaxConcurrentReads, MaxConcurrentReads);
    private readonly Lock _gate = new();
    private StoreFiles? _files;
    private LiteDatabase? _database;
    private LiteDbWriter? _writer;
    private QueryExecutor? _queries;
    private bool _disposed;

    /// <summary>Creates the store over <paramref name="dataDirectory"/>; nothing is opened until <see cref="InitializeAsync"/>.</summary>
    /// <param name="dataDirectory">The data directory (created if missing).</param>
    /// <param name="time">The clock that stamps writes.</param>
    /// <param name="logger">The logger.</param>
    public LiteDbDocumentStore(string dataDirectory, TimeProvider time, ILogger<LiteDbDocumentStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        _directory = Path.GetFullPath(dataDirectory);
        _time = time;
        _logger = logger ?? NullLogger<LiteDbDocumentStore>.Instance;
    }

    /// <inheritdoc />
    public string ProviderName => StorageOptions.LiteDb;

    /// <summary>The data file's full path.</summary>
    public string DataFilePath => Path.Combine(_directory, StoreFiles.DataFileName);

    /// <summary>How many group commits ran since the store opened.</summary>
    public long GroupCommitCount => _writer?.GroupCount ?? 0;

    /// <summary>How many batches the largest group commit held.</summary>
    public int LargestGroupCommit => _writer?.LargestGroup ?? 0;

    /// <summary>Holds the writer thread until the handle is disposed (tests of group commit).</summary>
    internal IDisposable PauseWriter() => Writer.Pause();

    /// <summary>LiteDB's plan for scanning <paramref name="field"/>'s index of <paramref name="collection"/> (tests).</summary>
    internal BsonDocument PlanScan(string collection, string field, bool descending)
    {
        var schema = _catalog.Find(collection) ?? throw new InvalidOperationException($"No collection '{collection}'.");
        return IndexScan.Plan(Database.GetCollection(schema.LiteName), schema.KeyField(field), Keys.KeyRange.All, descending);
    }

    /// <inheritdoc />
    public ValueTask InitializeAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_database is null)
            {
                Open();
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        CollectionNames.Validate(definition.Name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var job = new EnsureJob(definition);
        Writer.Enqueue(job);
        await job.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var writer = Writer;
        if (batch.IsEmpty)
        {
            return new CommitResult([], [], 0);
        }

        using var job = new BatchJob(batch, BatchValidation.Parse(batch), cancellationToken);
        writer.Enqueue(job);
        return await job.Completion.Task.ConfigureAwait(false);
    }

    /// <summary>Finishes queued writes, checkpoints and closes the files (releasing the data directory).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer?.Dispose();
            _database?.Dispose();
            _files?.Dispose();
            _readers.Dispose();
        }
    }

    private LiteDatabase Database => _database ?? throw NotOpen();

    private LiteDbWriter Writer => _writer ?? throw NotOpen();

    private QueryExecutor Queries => _queries ?? throw NotOpen();

    private InvalidOperationException NotOpen() =>
        _disposed ? new ObjectDisposedException(nameof(LiteDbDocumentStore)) : new InvalidOperationException("The LiteDB store is not initialized: call InitializeAsync first.");
}
