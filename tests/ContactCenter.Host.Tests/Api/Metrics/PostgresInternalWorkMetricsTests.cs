using ContactCenter.Host.Tests.Durability;

namespace ContactCenter.Host.Tests.Api.Metrics;

/// <summary>On PostgreSQL (the tests' private server, a fresh database).</summary>
public sealed class PostgresInternalWorkMetricsTests : InternalWorkMetricsTests
{
    private PostgresTestDatabase? _database;

    protected override string[] StorageArguments =>
        ["--CC:Storage:Provider=Postgres", $"--CC:Storage:Postgres:ConnectionString={_database!.ConnectionString}"];

    public override async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
