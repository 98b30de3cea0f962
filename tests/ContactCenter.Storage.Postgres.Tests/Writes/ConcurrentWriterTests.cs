using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Writes;

public sealed class ConcurrentWriterTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Writers = 8;

    [Fact]
    public async Task CommitAsync_ConcurrentReplacesAtSameVersion_ExactlyOneWins()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"owner":"none"}"""), default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => TryAsync(() =>
            store.CommitAsync(new WriteBatch().Replace(collection, "a", $$"""{"owner":"w{{i}}"}""", 1), default).AsTask())));

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(2, (await store.GetAsync(collection, "a", default))!.Version);
    }

    [Fact]
    public async Task CommitAsync_ConcurrentInsertsOfOneId_ExactlyOneWinsOthersConflict()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => TryAsync(() =>
            store.CommitAsync(new WriteBatch().Insert(collection, "same", $$"""{"by":{{i}}}"""), default).AsTask())));

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(1, (await store.GetAsync(collection, "same", default))!.Version);
    }

    [Fact]
    public async Task CommitAsync_ConcurrentUpsertsOfNewId_AllSucceedWithDistinctVersions()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            store.CommitAsync(new WriteBatch().Upsert(collection, "shared", $$"""{"by":{{i}}}"""), default).AsTask()));

        Assert.Equal(Enumerable.Range(1, Writers).Select(v => (long)v), results.Select(r => r.Documents[0]!.Version).Order());
        Assert.Equal(Writers, (await store.GetAsync(collection, "shared", default))!.Version);
    }

    [Fact]
    public async Task CommitAsync_ConcurrentIncrementsWithRetry_NoUpdateLost()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "counter", """{"n":0}"""), default);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => IncrementAsync(store, collection, times: 10)));

        var read = await store.GetAsync(collection, "counter", default);
        Assert.Equal(1 + (Writers * 10), read!.Version);
        Assert.Equal(Writers * 10, System.Text.Json.JsonDocument.Parse(read.Json).RootElement.GetProperty("n").GetInt32());
    }

    private static async Task IncrementAsync(PostgresDocumentStore store, string collection, int times)
    {
        for (var done = 0; done < times;)
        {
            var current = (await store.GetAsync(collection, "counter", default))!;
            var n = System.Text.Json.JsonDocument.Parse(current.Json).RootElement.GetProperty("n").GetInt32();
            if (await TryAsync(() => store.CommitAsync(new WriteBatch().Replace(collection, "counter", $$"""{"n":{{n + 1}}}""", current.Version), default).AsTask()))
            {
                done++;
            }
        }
    }

    private static async Task<bool> TryAsync(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
