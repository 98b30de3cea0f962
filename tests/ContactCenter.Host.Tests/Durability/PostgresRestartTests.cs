namespace ContactCenter.Host.Tests.Durability;

/// <summary>Restart on PostgreSQL (the tests' private server).</summary>
[Collection(DurabilityCollection.Name)]
public sealed class PostgresRestartTests : RestartTests
{
    private PostgresTestDatabase? _database;

    protected override string[] HostArguments =>
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
