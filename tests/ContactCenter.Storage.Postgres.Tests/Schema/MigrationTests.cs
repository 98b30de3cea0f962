using ContactCenter.Storage.Postgres.Schema;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Schema;

public sealed class MigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task InitializeAsync_EmptyDatabase_AppliesAndRecordsEachMigrationOnce()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        await database.OpenStoreAsync(connectionString: connection);
        var appliedAt = await database.ScalarAsync<DateTime>("SELECT applied_at FROM cc_schema_migrations WHERE name = '0001_initial'", connection);

        await database.OpenStoreAsync(connectionString: connection);

        Assert.Equal(EmbeddedMigrations.All.Count, await database.ScalarAsync<long>("SELECT count(*) FROM cc_schema_migrations", connection));
        Assert.Equal(EmbeddedMigrations.All[0].Checksum, await database.ScalarAsync<string>("SELECT checksum FROM cc_schema_migrations WHERE name = '0001_initial'", connection));
        Assert.Equal(appliedAt, await database.ScalarAsync<DateTime>("SELECT applied_at FROM cc_schema_migrations WHERE name = '0001_initial'", connection));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM cc_event_counter", connection));
    }

    [Fact]
    public async Task InitializeAsync_SixNodesStartTogetherOnEmptyDatabase_AllSucceedMigrationsAppliedOnce()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        var stores = Enumerable.Range(0, 6).Select(_ => database.NewStore(connectionString: connection)).ToArray();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync(default).AsTask())));

        Assert.Equal(EmbeddedMigrations.All.Count, await database.ScalarAsync<long>("SELECT count(*) FROM cc_schema_migrations", connection));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM cc_event_counter", connection));
        Assert.All(await Task.WhenAll(stores.Select(s => s.ProbeAsync(default).AsTask())), probe => Assert.True(probe.Healthy, probe.Description));
    }

    [Fact]
    public async Task InitializeAsync_AppliedMigrationChanged_RefusedNamingItAndNothingRuns()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        await database.OpenStoreAsync(connectionString: connection);
        var tampered = new[] { new Migration("0001_initial", EmbeddedMigrations.All[0].Sql + "\nDROP TABLE cc_events;"), new Migration("0002_more", "CREATE TABLE cc_more (x int);") };

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() =>
            database.NewStore(migrations: tampered, connectionString: connection).InitializeAsync(default).AsTask());

        Assert.Contains("0001_initial", error.Message, StringComparison.Ordinal);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'cc_events'", connection));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'cc_more'", connection));
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromNewerVersion_RefusedNamingTheUnknownMigration()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        await database.OpenStoreAsync(connectionString: connection);
        await database.ScalarAsync<object>("INSERT INTO cc_schema_migrations (name, checksum) VALUES ('9999_future', 'abc')", connection);

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() =>
            database.NewStore(connectionString: connection).InitializeAsync(default).AsTask());

        Assert.Contains("9999_future", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_NewMigrationShipped_OnlyItRuns()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        await database.OpenStoreAsync(connectionString: connection);
        var next = EmbeddedMigrations.All.Append(new Migration("0999_test_add", "CREATE TABLE cc_test_added (x int); INSERT INTO cc_test_added VALUES (1);")).ToArray();

        await database.NewStore(migrations: next, connectionString: connection).InitializeAsync(default);
        await database.NewStore(migrations: next, connectionString: connection).InitializeAsync(default);

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM cc_test_added", connection));
        Assert.Equal(next.Length, await database.ScalarAsync<long>("SELECT count(*) FROM cc_schema_migrations", connection));
    }

    [Fact]
    public async Task InitializeAsync_FailingMigration_RolledBackNotRecordedAndRetriedNextStart()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        var broken = EmbeddedMigrations.All.Append(new Migration("0999_test_broken", "CREATE TABLE cc_half (x int); SELECT 1/0;")).ToArray();

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => database.NewStore(migrations: broken, connectionString: connection).InitializeAsync(default).AsTask());

        Assert.Contains("0999_test_broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("division by zero", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'cc_half'", connection));
        Assert.Equal(EmbeddedMigrations.All.Count, await database.ScalarAsync<long>("SELECT count(*) FROM cc_schema_migrations", connection));
        await database.NewStore(connectionString: connection).InitializeAsync(default);
    }

    [Fact]
    public void EmbeddedMigrations_Shipped_NumberedInOrderWithStableChecksums()
    {
        Assert.Equal("0001_initial", EmbeddedMigrations.All[0].Name);
        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Name).Order(StringComparer.Ordinal), EmbeddedMigrations.All.Select(m => m.Name));
        Assert.Equal(new Migration("x", "a\r\nb").Checksum, new Migration("x", "a\nb").Checksum);
        Assert.NotEqual(new Migration("x", "a").Checksum, new Migration("x", "b").Checksum);
    }
}
