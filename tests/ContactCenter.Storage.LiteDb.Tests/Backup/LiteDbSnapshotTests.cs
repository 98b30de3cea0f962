using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Storage.LiteDb.Tests.Backup;

/// <summary>Snapshots of the open store: every batch acknowledged before the call, whole batches only, while writers keep going.</summary>
public sealed class LiteDbSnapshotTests
{
    private const string Collection = "p.cc.test.snap";

    [Fact]
    public async Task WriteSnapshot_WhileWriting_HoldsEveryEarlierBatchAndOnlyWholeBatches()
    {
        using var source = new TempDirectory();
        using var copy = new TempDirectory();
        using var store = new LiteDbDocumentStore(source.Path, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        await store.EnsureCollectionAsync(new CollectionDefinition(Collection, ["n"]), CancellationToken.None);
        var acknowledged = 0;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = $"w{w}-{i:D6}";
                await store.CommitAsync(new WriteBatch().Insert(Collection, id, $$"""{"n":{{i}}}""").Append(id, "cc.test.written", "{}", TimeProvider.System.GetUtcNow()), CancellationToken.None);
                Interlocked.Increment(ref acknowledged);
            }
        })).ToArray();
        while (Volatile.Read(ref acknowledged) < 300)
        {
            await Task.Delay(10);
        }

        var before = Volatile.Read(ref acknowledged);
        var size = await store.WriteSnapshotAsync(copy.File("contactcenter.db"), CancellationToken.None);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        using var snapshot = new LiteDbDocumentStore(copy.Path, TimeProvider.System);
        await snapshot.InitializeAsync(CancellationToken.None);
        var contents = await StoreDigest.ComputeAsync(snapshot, snapshot, null, CancellationToken.None);
        var documents = contents.Collections.Single(c => c.Name == Collection).Count;
        Assert.True(size > 0);
        Assert.True(documents >= before, $"the snapshot holds {documents} documents but {before} batches were acknowledged before it");
        Assert.Equal(documents, contents.Events.Count);
        var streams = (await snapshot.ReadEventsAsync(new EventQuery(Limit: 10_000), CancellationToken.None)).Select(e => e.Stream).ToHashSet(StringComparer.Ordinal);
        var page = await snapshot.QueryAsync(Collection, new DocumentQuery { PageSize = DocumentQuery.MaxPageSize }, CancellationToken.None);
        Assert.All(page.Items, d => Assert.Contains(d.Id, streams));
    }

    [Fact]
    public async Task ListCollections_AfterEnsure_ReturnsDefinitionsOrderedByName()
    {
        using var directory = new TempDirectory();
        using var store = new LiteDbDocumentStore(directory.Path, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        await store.EnsureCollectionAsync(new CollectionDefinition("p.cc.test.b", ["x"]), CancellationToken.None);
        await store.EnsureCollectionAsync(new CollectionDefinition("p.cc.test.a", []), CancellationToken.None);

        var collections = await store.ListCollectionsAsync(CancellationToken.None);

        Assert.Equal(["p.cc.test.a", "p.cc.test.b"], collections.Select(c => c.Name));
        Assert.Equal(["x"], collections[1].IndexedFields);
    }
}
