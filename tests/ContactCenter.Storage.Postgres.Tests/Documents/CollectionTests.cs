using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class CollectionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task EnsureCollectionAsync_FieldAddedLater_ExistingDocumentsBecomeQueryable()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["state"]), default);
        var batch = new WriteBatch();
        for (var i = 0; i < 2500; i++)
        {
            batch.Insert(collection, $"c{i:0000}", $$$"""{"state":"Queued","customer":{"phone":"+506{{{i:00000000}}}"}}""");
        }

        await store.CommitAsync(batch, default);

        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["customer.phone"]), default);
        var found = await store.QueryAsync(collection, DocumentQuery.Where("customer.phone", "+50600001234"), default);

        Assert.Equal(["c1234"], found.Items.Select(d => d.Id));
        Assert.Equal(2500, await store.CountAsync(collection, [new("state", FilterOperator.Equal, "Queued")], default));
    }

    [Fact]
    public async Task EnsureCollectionAsync_Repeated_Idempotent()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var definition = new CollectionDefinition(collection, ["a", "b"]);

        await store.EnsureCollectionAsync(definition, default);
        await store.EnsureCollectionAsync(definition, default);
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["b"]), default);

        Assert.Equal("{a,b}", await database.ScalarAsync<string>($"SELECT indexed_fields::text FROM cc_collections WHERE name = '{collection}'"));
    }

    [Fact]
    public async Task EnsureCollectionAsync_InvalidName_Refused()
    {
        var store = await database.OpenStoreAsync();

        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            store.EnsureCollectionAsync(new CollectionDefinition("Bad Name; DROP TABLE cc_documents", []), default).AsTask());
    }

    [Fact]
    public async Task EnsureCollectionAsync_FieldAddedByAnotherNode_ThisNodeQueriesAndIndexesIt()
    {
        var nodeA = await database.OpenStoreAsync();
        var nodeB = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await nodeA.EnsureCollectionAsync(new CollectionDefinition(collection, ["state"]), default);
        await nodeA.QueryAsync(collection, DocumentQuery.Where("state", "x"), default);

        await nodeB.EnsureCollectionAsync(new CollectionDefinition(collection, ["agentId"]), default);
        await nodeA.CommitAsync(new WriteBatch().Insert(collection, "i1", """{"state":"Connected","agentId":"ag-7"}"""), default);
        var found = await nodeA.QueryAsync(collection, DocumentQuery.Where("agentId", "ag-7"), default);

        Assert.Equal(["i1"], found.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task EnsureCollectionAsync_TwoNodesTogetherWhileWriting_EveryDocumentIndexed()
    {
        var nodeA = await database.OpenStoreAsync();
        var nodeB = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await nodeA.EnsureCollectionAsync(new CollectionDefinition(collection, []), default);

        var writes = Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await nodeA.CommitAsync(new WriteBatch().Insert(collection, $"w{w}-{i:00}", $$"""{"queueId":"q{{w}}"}"""), default);
            }
        })));
        await Task.WhenAll(
            nodeA.EnsureCollectionAsync(new CollectionDefinition(collection, ["queueId"]), default).AsTask(),
            nodeB.EnsureCollectionAsync(new CollectionDefinition(collection, ["queueId"]), default).AsTask());
        await writes;

        for (var w = 0; w < 4; w++)
        {
            Assert.Equal(50, await nodeB.CountAsync(collection, [new("queueId", FilterOperator.Equal, $"q{w}")], default));
        }
    }
}
