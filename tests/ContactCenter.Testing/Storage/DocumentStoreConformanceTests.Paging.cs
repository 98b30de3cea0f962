using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData("age", false)]
    [InlineData("age", true)]
    [InlineData("city", false)]
    public async Task Query_PagingThroughEveryDocument_ReturnsEachExactlyOnceInOrder(string? orderBy, bool descending)
    {
        var documents = Enumerable.Range(0, 103)
            .Select(i => (Id: $"doc-{i:D3}", Value: (object)new { age = i % 7, city = i % 3 == 0 ? "Cartago" : "Heredia", name = $"n{i}" }))
            .ToArray();
        await SeedAsync(documents);

        var found = await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = orderBy, Descending = descending, PageSize = 10 });

        Assert.Equal(103, found.Select(d => d.Id).Distinct().Count());
        Assert.Equal(Expected(documents.Select(d => (d.Id, Json(d.Value))), [], orderBy, descending), found.Select(d => d.Id));
    }

    [Fact]
    public async Task Query_InsertsAndDeletesBetweenPages_NeitherRepeatNorSkipDocumentsThatStay()
    {
        await SeedAsync(Enumerable.Range(0, 40).Select(i => ($"d{i * 10:D4}", (object)new { age = i % 4 })));
        var query = new DocumentQuery { OrderBy = "age", PageSize = 7 };
        var seen = new List<string>();
        var page = await Store.QueryAsync(People.Name, query, CancellationToken.None);
        var round = 0;
        while (true)
        {
            seen.AddRange(page.Items.Select(d => d.Id));
            if (page.ContinuationToken is null)
            {
                break;
            }

            // Between pages: add documents on both sides of the cursor and delete one not read yet.
            round++;
            await CommitAsync(new WriteBatch()
                .Insert(People.Name, $"d{round:D4}5", Json(new { age = 0 }))
                .Insert(People.Name, $"d{round:D4}7", Json(new { age = 3 })));
            page = await Store.QueryAsync(People.Name, query with { ContinuationToken = page.ContinuationToken }, CancellationToken.None);
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(Enumerable.Range(0, 40).Select(i => $"d{i * 10:D4}"), id => Assert.Contains(id, seen));
        Assert.True(round > 3);
        var ages = new Dictionary<string, int>();
        foreach (var id in seen)
        {
            var document = await GetPersonAsync(id);
            ages[id] = System.Text.Json.JsonDocument.Parse(document!.Json).RootElement.GetProperty("age").GetInt32();
        }

        Assert.Equal(seen.OrderBy(id => ages[id]).ThenBy(id => id, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Query_LongIndexedValuesSharingAPrefix_OrderFilterAndPageExactly()
    {
        // Longer than any index key limit a database imposes: providers that truncate keys must still be exact.
        var prefix = new string('ñ', 1500);
        var documents = Enumerable.Range(0, 30)
            .Select(i => (Id: $"{new string('x', 200)}{i % 5}-{i:D2}", Value: (object)new { name = prefix + (char)('a' + (i % 6)) + new string('z', i % 3), city = prefix }))
            .ToArray();
        await SeedAsync(documents);
        var filters = new[] { new DocumentFilter("name", FilterOperator.GreaterThan, prefix + "c") };

        var ordered = await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = "name", PageSize = 4 });
        var filtered = await QueryAllAsync(People.Name, new DocumentQuery { Filters = filters, OrderBy = "name", Descending = true, PageSize = 3 });
        var sameCity = await QueryAllAsync(People.Name, new DocumentQuery { Filters = [new DocumentFilter("city", FilterOperator.Equal, prefix)], PageSize = 7 });

        var source = documents.Select(d => (d.Id, Json(d.Value))).ToList();
        Assert.Equal(Expected(source, [], "name", false), ordered.Select(d => d.Id));
        Assert.Equal(Expected(source, filters, "name", true), filtered.Select(d => d.Id));
        Assert.Equal(Expected(source, [], null, false), sameCity.Select(d => d.Id));
    }
}
