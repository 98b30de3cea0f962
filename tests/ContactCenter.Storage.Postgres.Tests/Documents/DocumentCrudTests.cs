using System.Text.Json.Nodes;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class DocumentCrudTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task CommitAsync_Insert_GetReturnsDocumentAtVersionOneStampedByClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(-6)).AddTicks(1234567));
        var store = await database.OpenStoreAsync(clock);
        var collection = Names.Collection();

        var written = await store.CommitAsync(new WriteBatch().Insert(collection, "c-1", """{"name":"Ana","phone":"+50688887777"}"""), default);
        var read = await store.GetAsync(collection, "c-1", default);

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"name":"Ana","phone":"+50688887777"}"""), JsonNode.Parse(read.Json)));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 15, 30, 0, TimeSpan.Zero).AddTicks(1234560), read.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, read.UpdatedAt.Offset);
        Assert.Equal(read.UpdatedAt, written.Documents[0]!.UpdatedAt);
    }

    [Fact]
    public async Task GetAsync_MissingDocumentOrCollection_ReturnsNull()
    {
        var store = await database.OpenStoreAsync();

        Assert.Null(await store.GetAsync(Names.Collection(), "nobody", default));
    }

    [Fact]
    public async Task CommitAsync_ReplaceAtCurrentVersion_BumpsVersion()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"n":1}"""), default);

        var result = await store.CommitAsync(new WriteBatch().Replace(collection, "a", """{"n":2}""", 1), default);

        Assert.Equal(2, result.Documents[0]!.Version);
        var read = await store.GetAsync(collection, "a", default);
        Assert.Equal(2, read!.Version);
        Assert.Equal(2, JsonNode.Parse(read.Json)!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task CommitAsync_StaleReplace_RefusedAndDocumentUnchanged()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"n":1}"""), default);
        await store.CommitAsync(new WriteBatch().Replace(collection, "a", """{"n":2}""", 1), default);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new WriteBatch().Replace(collection, "a", """{"n":99}""", 1), default).AsTask());

        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.ActualVersion);
        var read = await store.GetAsync(collection, "a", default);
        Assert.Equal(2, read!.Version);
        Assert.Equal(2, JsonNode.Parse(read.Json)!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task CommitAsync_InsertExisting_RefusedAsConflict()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}"), default);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"x":1}"""), default).AsTask());

        Assert.Null(error.ExpectedVersion);
        Assert.Equal(1, error.ActualVersion);
    }

    [Fact]
    public async Task CommitAsync_ReplaceMissing_RefusedAsConflict()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new WriteBatch().Replace(collection, "ghost", "{}", 1), default).AsTask());

        Assert.Null(error.ActualVersion);
        Assert.Null(await store.GetAsync(collection, "ghost", default));
    }

    [Fact]
    public async Task CommitAsync_Upsert_CreatesThenOverwritesWithNextVersion()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();

        var first = await store.CommitAsync(new WriteBatch().Upsert(collection, "a", """{"n":1}"""), default);
        var second = await store.CommitAsync(new WriteBatch().Upsert(collection, "a", """{"n":2}"""), default);

        Assert.Equal(1, first.Documents[0]!.Version);
        Assert.Equal(2, second.Documents[0]!.Version);
    }

    [Fact]
    public async Task CommitAsync_Delete_RemovesOnceAndGuardIsChecked()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}").Insert(collection, "b", "{}"), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(new WriteBatch().Delete(collection, "a", 7), default).AsTask());
        var guarded = await store.CommitAsync(new WriteBatch().Delete(collection, "a", 1), default);
        var unguarded = await store.CommitAsync(new WriteBatch().Delete(collection, "b").Delete(collection, "never"), default);

        Assert.Equal(1, guarded.DeletedCount);
        Assert.Equal(1, unguarded.DeletedCount);
        Assert.Equal([null, null], unguarded.Documents);
        Assert.Equal(0, await store.CountAsync(collection, [], default));
    }

    [Fact]
    public async Task CommitAsync_DeleteIndexedDocument_LeavesNoIndexEntryBehind()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["state", "queueId"]), default);
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"state":"Queued"}""").Insert(collection, "b", "{}"), default);
        var entries = $"SELECT count(*) FROM cc_index_entries WHERE collection = '{collection}'";
        Assert.Equal(4, await database.ScalarAsync<long>(entries));

        await store.CommitAsync(new WriteBatch().Delete(collection, "a"), default);

        Assert.Equal(2, await database.ScalarAsync<long>(entries));
        Assert.Equal(0, await database.ScalarAsync<long>(entries + " AND id = 'a'"));
    }

    [Fact]
    public async Task CommitAsync_EmptyBatch_ReturnsEmptyResult()
    {
        var store = await database.OpenStoreAsync();

        var result = await store.CommitAsync(new WriteBatch(), default);

        Assert.Empty(result.Documents);
        Assert.Empty(result.EventSequences);
    }

    [Fact]
    public async Task Operations_BeforeInitialize_FailWithClearMessage()
    {
        var store = database.NewStore();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetAsync("k.any", "x", default).AsTask());

        Assert.Contains("InitializeAsync", error.Message, StringComparison.Ordinal);
        Assert.False((await store.ProbeAsync(default)).Healthy);
    }
}
