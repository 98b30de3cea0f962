using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres;
using Xunit.Abstractions;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>
/// Crash durability on PostgreSQL: the host process is killed, the server keeps running; every batch commits with
/// <c>synchronous_commit = on</c> before the host acknowledges it.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class PostgresCrashDurabilityTests(ITestOutputHelper output) : CrashDurabilityTests(output)
{
    private PostgresTestDatabase? _database;

    public override async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override Task<string[]> HostArgumentsAsync() => Task.FromResult<string[]>(
        ["--CC:Storage:Provider=Postgres", $"--CC:Storage:Postgres:ConnectionString={_database!.ConnectionString}"]);

    protected override async Task<(IDocumentStore Store, IStoreCatalog? Catalog, IAsyncDisposable Owner)> OpenStoreAsync()
    {
        var store = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = _database!.ConnectionString }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return (store, store as IStoreCatalog, store);
    }
}
