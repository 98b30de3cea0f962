using System.Text.Json.Nodes;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Writes;

public sealed class BatchAtomicityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task CommitAsync_LaterGuardFails_NothingWrittenNoEventsNoSequenceUsed()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var stream = Names.Stream();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["state"]), default);
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"state":"Queued"}"""), default);
        var before = await store.CommitAsync(new WriteBatch().Append(stream, "probe", "{}", default), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(new WriteBatch()
            .Insert(collection, "b", """{"state":"Queued"}""")
            .Replace(collection, "a", """{"state":"Closed"}""", 1)
            .Delete(collection, "a", 5)
            .Append(stream, "changed", "{}", default), default).AsTask());
        var after = await store.CommitAsync(new WriteBatch().Append(stream, "probe", "{}", default), default);

        Assert.Null(await store.GetAsync(collection, "b", default));
        Assert.Equal(1, (await store.GetAsync(collection, "a", default))!.Version);
        Assert.Equal(0, await store.CountAsync(collection, [new("state", Sdk.Storage.FilterOperator.Equal, "Closed")], default));
        Assert.Equal(["probe", "probe"], (await store.ReadEventsAsync(new EventQuery(stream), default)).Select(e => e.Type));
        Assert.Equal(before.EventSequences[0] + 1, after.EventSequences[0]);
    }

    [Fact]
    public async Task CommitAsync_SeveralOperationsOnOneDocument_EachSeesThePreviousOne()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();

        var result = await store.CommitAsync(new WriteBatch()
            .Insert(collection, "a", """{"n":1}""")
            .Replace(collection, "a", """{"n":2}""", 1)
            .Upsert(collection, "a", """{"n":3}""")
            .Insert(collection, "gone", "{}")
            .Delete(collection, "gone", 1), default);

        Assert.Equal([1L, 2L, 3L], result.Documents.Take(3).Select(d => d!.Version));
        Assert.Null(result.Documents[4]);
        Assert.Equal(1, result.DeletedCount);
        var read = await store.GetAsync(collection, "a", default);
        Assert.Equal(3, read!.Version);
        Assert.Equal(3, JsonNode.Parse(read.Json)!["n"]!.GetValue<int>());
        Assert.Null(await store.GetAsync(collection, "gone", default));
    }

    [Fact]
    public async Task CommitAsync_DeleteThenInsertExisting_StartsAgainAtVersionOne()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}").Replace(collection, "a", "{}", 1), default);

        var result = await store.CommitAsync(new WriteBatch().Delete(collection, "a", 2).Insert(collection, "a", """{"again":true}"""), default);

        Assert.Equal(1, result.Documents[1]!.Version);
        Assert.Equal(1, (await store.GetAsync(collection, "a", default))!.Version);
    }

    [Fact]
    public async Task CommitAsync_ManyDocumentsAcrossCollections_AllOrNothing()
    {
        var store = await database.OpenStoreAsync();
        var first = Names.Collection();
        var second = Names.Collection();
        var batch = new WriteBatch();
        for (var i = 0; i < 500; i++)
        {
            batch.Insert(first, $"d{i:000}", $$"""{"i":{{i}}}""").Insert(second, $"d{i:000}", "{}");
        }

        await store.CommitAsync(batch, default);
        var failing = new WriteBatch().Insert(first, "extra", "{}").Insert(second, "d250", "{}");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(failing, default).AsTask());
        Assert.Equal(500, await store.CountAsync(first, [], default));
        Assert.Equal(500, await store.CountAsync(second, [], default));
        Assert.Null(await store.GetAsync(first, "extra", default));
    }

    [Fact]
    public async Task CommitAsync_CancelledBeforeStart_NothingWritten()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}"), cancelled.Token).AsTask());

        Assert.Null(await store.GetAsync(collection, "a", default));
    }
}
