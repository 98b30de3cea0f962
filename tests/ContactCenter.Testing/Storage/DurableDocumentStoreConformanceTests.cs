using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using Xunit;

namespace ContactCenter.Testing.Storage;

/// <summary>
/// The contract for providers that keep data across restarts: everything of <see cref="DocumentStoreConformanceTests"/>,
/// plus persistence across closing and reopening the store.
/// </summary>
public abstract class DurableDocumentStoreConformanceTests : DocumentStoreConformanceTests
{
    /// <summary>Closes <see cref="DocumentStoreConformanceTests.Store"/> and opens a new instance over the same data (not yet initialized).</summary>
    /// <returns>The reopened store.</returns>
    protected abstract Task<IDocumentStore> ReopenStoreAsync();

    [Fact]
    public async Task Reopen_AfterWrites_KeepsDocumentsVersionsIndexesAndEvents()
    {
        await SeedAsync(Population);
        await CommitAsync(new WriteBatch().Replace(People.Name, "p01", Json(new { name = "alicia", age = 31 }), 1).Append("p01", "test.renamed", "{}", Time.GetUtcNow()));
        await CommitAsync(new WriteBatch().Delete(People.Name, "p02"));
        var before = await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = "name" });

        await ReopenAsync();

        Assert.Equal(before, await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = "name" }));
        Assert.Equal(2, (await GetPersonAsync("p01"))!.Version);
        Assert.Null(await GetPersonAsync("p02"));
        Assert.Equal(["p01"], (await QueryAllAsync(People.Name, DocumentQuery.Where("name", "alicia"))).Select(d => d.Id));
        var events = await Store.ReadEventsAsync(new EventQuery(), CancellationToken.None);
        Assert.Single(events);
        var next = await CommitAsync(new WriteBatch().Append("p01", "test.again", "{}", Time.GetUtcNow()));
        Assert.True(next.EventSequences[0] > events[0].Sequence);
    }

    [Fact]
    public async Task Reopen_AfterIndexAdded_KeepsTheNewIndex()
    {
        var pets = new CollectionDefinition("p.conformance.pets", ["kind"]);
        await Store.EnsureCollectionAsync(pets, CancellationToken.None);
        await CommitAsync(new WriteBatch().Insert(pets.Name, "rex", Json(new { kind = "dog" })));

        await ReopenAsync();
        await CommitAsync(new WriteBatch().Insert(pets.Name, "fido", Json(new { kind = "dog" })));

        Assert.Equal(["fido", "rex"], (await QueryAllAsync(pets.Name, DocumentQuery.Where("kind", "dog"))).Select(d => d.Id));
    }

    private async Task ReopenAsync()
    {
        Store = await ReopenStoreAsync();
        await Store.InitializeAsync(CancellationToken.None);
        await Store.EnsureCollectionAsync(People, CancellationToken.None);
        await Store.EnsureCollectionAsync(Notes, CancellationToken.None);
    }
}
