using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Connection;
using ContactCenter.Storage.Postgres.Documents;
using ContactCenter.Storage.Postgres.Events;
using ContactCenter.Storage.Postgres.Schema;
using ContactCenter.Storage.Postgres.Writes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ContactCenter.Storage.Postgres;

/// <summary>
/// The PostgreSQL store: documents as <c>json</c> (kept byte for byte) with their indexed fields as sortable keys in
/// <c>cc_index_entries</c>, an event log with gap-free sequences in commit order, atomic and durable batches,
/// and versioned SQL migrations applied at start-up under an advisory lock. docs/storage.md describes the design.
/// </summary>
public sealed partial class PostgresDocumentStore : IDocumentStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ServerTarget _target;
    private readonly MigrationRunner _migrations;
    private readonly CollectionCatalog _catalog;
    private readonly DocumentReader _documents;
    private readonly BatchCommitter _committer;
    private readonly EventReader _events;
    private readonly StoreProber _prober;
    private readonly ILogger _logger;
    private volatile bool _initialized;

    /// <summary>Creates the store; nothing connects until <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">The connection string.</param>
    /// <param name="time">The clock that stamps writes.</param>
    /// <param name="logger">The logger.</param>
    /// <exception cref="PostgresStoreException">The connection string is missing or malformed.</exception>
    public PostgresDocumentStore(PostgresStoreOptions options, TimeProvider time, ILogger<PostgresDocumentStore>? logger = null)
        : this(options, time, logger ?? (ILogger)NullLogger.Instance, EmbeddedMigrations.All)
    {
    }

    internal PostgresDocumentStore(PostgresStoreOptions options, TimeProvider time, ILogger logger, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var problems = PostgresStoreOptionsValidator.Check(options.ConnectionString);
        if (problems.Count > 0)
        {
            throw new PostgresStoreException(string.Join(" ", problems));
        }

        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        _target = ServerTarget.From(builder.ConnectionStringBuilder);
        _dataSource = builder.Build();
        _logger = logger;
        _migrations = new MigrationRunner(migrations, logger);
        _catalog = new CollectionCatalog(_dataSource, logger);
        _documents = new DocumentReader(_dataSource, _catalog);
        _committer = new BatchCommitter(_dataSource, time, logger);
        _events = new EventReader(_dataSource);
        _prober = new StoreProber(_dataSource, _target, time);
    }

    /// <inheritdoc />
    public string ProviderName => PostgresStoreOptions.ProviderName;

    /// <inheritdoc />
    /// <exception cref="PostgresStoreException">The server cannot be reached or used; the message says which and why.</exception>
    public async ValueTask InitializeAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ConnectionFailures.IsConnectionFailure(ex))
        {
            Log.StoreUnavailable(_logger, _target.ToString(), ConnectionFailures.Reason(ex));
            throw ConnectionFailures.Describe(_target, ex);
        }

        await using (connection.ConfigureAwait(false))
        {
            await ServerChecks.RequireUtf8Async(connection, _target, cancellationToken).ConfigureAwait(false);
            var applied = await _migrations.RunAsync(connection, cancellationToken).ConfigureAwait(false);
            Log.StoreReady(_logger, _target.ToString(), connection.ServerVersion, applied);
        }

        _initialized = true;
    }

    /// <inheritdoc />
    public ValueTask EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        EnsureInitialized();
        return _catalog.EnsureAsync(definition, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        return _documents.GetAsync(collection, id, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        return _documents.QueryAsync(collection, query, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        return _documents.CountAsync(collection, filters, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        return _committer.CommitAsync(batch, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        return _events.ReadAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken) =>
        _initialized
            ? _prober.ProbeAsync(cancellationToken)
            : ValueTask.FromResult(new StoreProbe(false, $"PostgreSQL store at {_target} is not initialized yet."));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private void EnsureInitialized()
    {
        if (!_initialized)
        {
            throw new InvalidOperationException("The PostgreSQL store is not initialized: call InitializeAsync first.");
        }
    }
}
