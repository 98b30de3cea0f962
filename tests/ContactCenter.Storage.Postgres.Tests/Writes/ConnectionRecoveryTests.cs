using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Tests.Writes;

public sealed class ConnectionRecoveryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task GetAsync_PooledConnectionsKilledByServer_ReadsAnswerOnFreshConnections()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}"), default);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.GetAsync(collection, "a", default).AsTask()));

        await TerminateConnectionsAsync();

        Assert.NotNull(await store.GetAsync(collection, "a", default));
        Assert.Equal(1, await store.CountAsync(collection, [], default));
        Assert.NotNull(await store.ReadEventsAsync(new EventQuery(), default));
    }

    [Fact]
    public async Task CommitAsync_PooledConnectionsKilledByServer_BatchAppliedExactlyOnce()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var stream = Names.Stream();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            store.CommitAsync(new WriteBatch().Insert(collection, $"warm-{i}", "{}"), default).AsTask()));

        await TerminateConnectionsAsync();

        await store.CommitAsync(new WriteBatch().Insert(collection, "after", "{}").Append(stream, "after", "{}", default), default);

        Assert.Equal(1, (await store.GetAsync(collection, "after", default))!.Version);
        Assert.Single(await store.ReadEventsAsync(new EventQuery(stream), default));
        Assert.True((await store.ProbeAsync(default)).Healthy);
    }

    // What a server restart or failover does to a pool: every idle connection is gone.
    private async Task TerminateConnectionsAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await database.ScalarAsync<object>($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
    }
}
