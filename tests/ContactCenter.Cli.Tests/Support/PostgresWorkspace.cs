using ContactCenter.Host.Tests.Durability;
using ContactCenter.Kernel.Backup;
using ContactCenter.Storage.Postgres;

namespace ContactCenter.Cli.Tests.Support;

/// <summary>
/// A temporary folder plus the private PostgreSQL databases one CLI test creates, all removed when it ends: the
/// shared set-up of the tests that run <c>cc</c> against PostgreSQL.
/// </summary>
internal sealed class PostgresWorkspace(string prefix) : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory(prefix);
    private readonly List<PostgresTestDatabase> _databases = [];

    /// <summary>A path inside the temporary folder.</summary>
    public string PathOf(string name) => Path.Combine(_folder.FullName, name);

    /// <summary>A fresh empty database, dropped with the workspace.</summary>
    public async Task<PostgresTestDatabase> NewDatabaseAsync()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        _databases.Add(database);
        return database;
    }

    /// <summary>Opens a database as the kernel would and digests everything in it.</summary>
    public static async Task<StoreContents> DigestAsync(string connectionString)
    {
        await using var store = await OpenAsync(connectionString);
        return await StoreDigest.ComputeAsync(store, store, null, CancellationToken.None);
    }

    /// <summary>Opens a database as the kernel would (migrations applied).</summary>
    public static async Task<PostgresDocumentStore> OpenAsync(string connectionString)
    {
        var store = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = connectionString }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }
}
