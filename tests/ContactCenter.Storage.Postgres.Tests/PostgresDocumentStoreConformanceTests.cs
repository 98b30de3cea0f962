using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;
using ContactCenter.Testing.Storage;

namespace ContactCenter.Storage.Postgres.Tests;

/// <summary>
/// The PostgreSQL provider, on the private test server, against the shared storage contract. Each test starts from
/// an empty database (the class's database is wiped, migrations included), so the store is new in every way.
/// </summary>
public sealed class PostgresDocumentStoreConformanceTests(PostgresDatabase database)
    : DurableDocumentStoreConformanceTests, IClassFixture<PostgresDatabase>
{
    protected override async Task<IDocumentStore> CreateStoreAsync()
    {
        await database.ResetAsync();
        return database.NewStore(Time);
    }

    protected override async Task<IDocumentStore> ReopenStoreAsync()
    {
        await ((PostgresDocumentStore)Store).DisposeAsync();
        return database.NewStore(Time);
    }
}
