using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class QueryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // One field holding every kind: missing, null, strings, numbers, booleans.
    private static readonly (string Id, string Json)[] Documents =
    [
        ("missing", "{}"),
        ("null", """{"v":null}"""),
        ("empty", """{"v":""}"""),
        ("upper", """{"v":"Zeta"}"""),
        ("lower", """{"v":"alfa"}"""),
        ("negative", """{"v":-4.5}"""),
        ("zero", """{"v":0}"""),
        ("ten", """{"v":10}"""),
        ("false", """{"v":false}"""),
        ("true", """{"v":true}"""),
        ("object", """{"v":{"x":1}}"""),
    ];

    public static TheoryData<FilterOperator, object, string[]> Filters => new()
    {
        { FilterOperator.Equal, "alfa", ["lower"] },
        { FilterOperator.Equal, 10, ["ten"] },
        { FilterOperator.Equal, 10.0m, ["ten"] },
        { FilterOperator.Equal, true, ["true"] },
        { FilterOperator.Equal, null!, ["missing", "null", "object"] },
        { FilterOperator.NotEqual, 0, ["empty", "false", "lower", "missing", "negative", "null", "object", "ten", "true", "upper"] },
        { FilterOperator.GreaterThan, 0, ["ten"] },
        { FilterOperator.GreaterThanOrEqual, 0, ["ten", "zero"] },
        { FilterOperator.LessThan, 0, ["negative"] },
        { FilterOperator.LessThanOrEqual, 10, ["negative", "ten", "zero"] },
        { FilterOperator.GreaterThan, "B", ["lower", "upper"] },
        { FilterOperator.GreaterThan, "Zeta", ["lower"] },
        { FilterOperator.LessThan, "a", ["empty", "upper"] },
        { FilterOperator.GreaterThanOrEqual, "", ["empty", "lower", "upper"] },
        { FilterOperator.GreaterThan, false, ["true"] },
        { FilterOperator.LessThanOrEqual, true, ["false", "true"] },
        { FilterOperator.GreaterThan, null!, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task QueryAsync_EachOperatorAndKind_MatchesLikeTheSharedRules(FilterOperator op, object value, string[] expected)
    {
        var (store, collection) = await SeedAsync();

        var page = await store.QueryAsync(collection, new DocumentQuery { Filters = [new DocumentFilter("v", op, value)] }, default);

        Assert.Equal(expected, page.Items.Select(d => d.Id));
        Assert.Equal(expected.Length, await store.CountAsync(collection, [new DocumentFilter("v", op, value)], default));
    }

    [Fact]
    public async Task QueryAsync_OrderByMixedKinds_NullThenStringsThenNumbersThenBooleans()
    {
        var (store, collection) = await SeedAsync();

        var ascending = await store.QueryAsync(collection, new DocumentQuery { OrderBy = "v" }, default);
        var descending = await store.QueryAsync(collection, new DocumentQuery { OrderBy = "v", Descending = true }, default);

        string[] expected = ["missing", "null", "object", "empty", "upper", "lower", "negative", "zero", "ten", "false", "true"];
        Assert.Equal(expected, ascending.Items.Select(d => d.Id));
        Assert.Equal(expected.Reverse(), descending.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task QueryAsync_SeveralFiltersAndIdFilter_CombineWithAnd()
    {
        var (store, collection) = await SeedAsync();

        var page = await store.QueryAsync(collection, new DocumentQuery
        {
            Filters = [new("v", FilterOperator.NotEqual, "alfa"), new("id", FilterOperator.GreaterThanOrEqual, "t"), new("id", FilterOperator.LessThan, "z")],
            OrderBy = "v",
        }, default);

        Assert.Equal(["upper", "ten", "true"], page.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task QueryAsync_FieldsNotIndexedAndBadPageSize_RefusedListingEveryProblem()
    {
        var (store, collection) = await SeedAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => store.QueryAsync(collection, new DocumentQuery
        {
            Filters = [new("secret", FilterOperator.Equal, "x")],
            OrderBy = "other",
            PageSize = 0,
        }, default).AsTask());

        Assert.Contains("'secret' is not an indexed field", error.Message, StringComparison.Ordinal);
        Assert.Contains("'other' is not an indexed field", error.Message, StringComparison.Ordinal);
        Assert.True(error.Errors.ContainsKey("pageSize"));
        await Assert.ThrowsAsync<InvalidRequestException>(() => store.CountAsync(collection, [new("secret", FilterOperator.Equal, 1)], default).AsTask());
    }

    [Fact]
    public async Task QueryAsync_UnsupportedOperandType_Refused()
    {
        var (store, collection) = await SeedAsync();

        await Assert.ThrowsAsync<InvalidRequestException>(() => store.QueryAsync(
            collection, DocumentQuery.Where("v", new Uri("https://example.invalid")), default).AsTask());
    }

    [Fact]
    public async Task QueryAsync_ForeignContinuationToken_Refused()
    {
        var (store, collection) = await SeedAsync();

        await Assert.ThrowsAsync<InvalidRequestException>(() => store.QueryAsync(
            collection, new DocumentQuery { ContinuationToken = "bm90LWEtdG9rZW4" }, default).AsTask());
    }

    [Fact]
    public async Task QueryAsync_UnknownCollection_EmptyPage()
    {
        var store = await database.OpenStoreAsync();

        var page = await store.QueryAsync(Names.Collection(), DocumentQuery.All, default);

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    private async Task<(PostgresDocumentStore Store, string Collection)> SeedAsync()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["v"]), default);
        var batch = new WriteBatch();
        foreach (var (id, json) in Documents)
        {
            batch.Insert(collection, id, json);
        }

        await store.CommitAsync(batch, default);
        return (store, collection);
    }
}
