using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class PagingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task QueryAsync_InsertsAndDeletesBetweenPages_DocumentsThatStayAreSeenOnceInOrder(bool descending)
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["priority"]), default);
        var batch = new WriteBatch();
        for (var i = 0; i < 60; i++)
        {
            // Many ties on priority: the id breaks them.
            batch.Insert(collection, $"i{i:000}", $$"""{"priority":{{i % 4}}}""");
        }

        await store.CommitAsync(batch, default);
        var query = new DocumentQuery { OrderBy = "priority", Descending = descending, PageSize = 7 };
        var seen = new List<RawDocument>();
        var deleted = new HashSet<string>();
        var round = 0;
        while (true)
        {
            var page = await store.QueryAsync(collection, query, default);
            seen.AddRange(page.Items);
            if (page.ContinuationToken is null)
            {
                break;
            }

            // Between pages: new documents before and after the cursor, and a deletion ahead of it.
            round++;
            var victim = $"i{59 - round:000}";
            await store.CommitAsync(new WriteBatch()
                .Insert(collection, $"new-{round}-low", """{"priority":-1}""")
                .Insert(collection, $"new-{round}-high", """{"priority":9}""")
                .Delete(collection, victim), default);
            deleted.Add(victim);
            query = query with { ContinuationToken = page.ContinuationToken };
        }

        var ids = seen.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var stayed = Enumerable.Range(0, 60).Select(i => $"i{i:000}").Where(id => !deleted.Contains(id));
        Assert.All(stayed, id => Assert.Contains(id, ids));
        var keys = seen.Select(d => (Priority: System.Text.Json.JsonDocument.Parse(d.Json).RootElement.GetProperty("priority").GetInt32(), d.Id)).ToList();
        var ordered = descending
            ? keys.OrderByDescending(k => k.Priority).ThenByDescending(k => k.Id, StringComparer.Ordinal)
            : keys.OrderBy(k => k.Priority).ThenBy(k => k.Id, StringComparer.Ordinal);
        Assert.Equal(ordered, keys);
    }

    [Fact]
    public async Task QueryAsync_LastPageExactlyFull_NoTokenAndNoEmptyPage()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}").Insert(collection, "b", "{}").Insert(collection, "c", "{}").Insert(collection, "d", "{}"), default);

        var first = await store.QueryAsync(collection, new DocumentQuery { PageSize = 2 }, default);
        var second = await store.QueryAsync(collection, new DocumentQuery { PageSize = 2, ContinuationToken = first.ContinuationToken }, default);

        Assert.Equal(["a", "b"], first.Items.Select(d => d.Id));
        Assert.Equal(["c", "d"], second.Items.Select(d => d.Id));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task QueryAsync_MaxPageSize_ReturnsAThousandThenTheRest()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var batch = new WriteBatch();
        for (var i = 0; i < 1001; i++)
        {
            batch.Insert(collection, $"d{i:0000}", "{}");
        }

        await store.CommitAsync(batch, default);

        var first = await store.QueryAsync(collection, new DocumentQuery { PageSize = DocumentQuery.MaxPageSize }, default);
        var rest = await store.QueryAsync(collection, new DocumentQuery { PageSize = DocumentQuery.MaxPageSize, ContinuationToken = first.ContinuationToken }, default);

        Assert.Equal(1000, first.Items.Count);
        Assert.Equal(["d1000"], rest.Items.Select(d => d.Id));
    }
}
