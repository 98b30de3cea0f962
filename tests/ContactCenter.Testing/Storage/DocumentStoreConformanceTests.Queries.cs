using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    /// <summary>Documents with ties, case and accent variants, negative and fractional numbers, missing and mixed-kind values.</summary>
    protected static readonly (string Id, object Value)[] Population =
    [
        ("p01", new { name = "alice", age = 30, active = true, city = "San José", address = new { zip = "10101" } }),
        ("p02", new { name = "Bob", age = 25.5, active = false, city = "Cartago", address = new { zip = "30101" } }),
        ("p03", new { name = "bob", age = -3, active = true, city = "San José" }),
        ("p04", new { name = "Álvaro", age = 30, active = false, city = "Heredia", address = new { zip = "40101" } }),
        ("p05", new { name = "zoe", age = 0, active = true, city = "Cartago" }),
        ("p06", new { name = "Zoe", age = 1e6, city = (string?)null }),
        ("p07", new { name = "ñandú", age = 30, active = true, city = "Limón" }),
        ("p08", new { name = "nandu", age = 12, active = false, city = "Limón" }),
        ("p09", new { age = 44, active = true, city = "San José" }),
        ("p10", new { name = "", age = -0.5, active = false, city = "" }),
        ("p11", new { name = "42", age = "forty", active = "yes", city = "Heredia" }),
        ("p12", new { name = "alice", age = 30, active = true, city = "Puntarenas" }),
    ];

    public static TheoryData<string, FilterOperator, object> FilterCases()
    {
        var data = new TheoryData<string, FilterOperator, object>();
        foreach (var op in Enum.GetValues<FilterOperator>())
        {
            data.Add("name", op, "alice");
            data.Add("name", op, "bob");
            data.Add("name", op, "Ñ");
            data.Add("city", op, "San José");
            data.Add("age", op, 30);
            data.Add("age", op, -0.5);
            data.Add("age", op, 0);
            data.Add("active", op, true);
            data.Add("active", op, false);
            data.Add("address.zip", op, "30101");
            data.Add("id", op, "p05");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task Query_EachOperatorOnStringsNumbersAndBooleans_MatchesSharedRules(string field, FilterOperator op, object value)
    {
        await SeedAsync(Population);
        var filters = new[] { new DocumentFilter(field, op, value) };

        var found = await QueryAllAsync(People.Name, new DocumentQuery { Filters = filters, PageSize = 5 });

        Assert.Equal(Expected(Population.Select(p => (p.Id, Json(p.Value))), filters, null, false), found.Select(d => d.Id));
        Assert.Equal(found.Count, await Store.CountAsync(People.Name, filters, CancellationToken.None));
    }

    [Theory]
    [InlineData("name", false)]
    [InlineData("name", true)]
    [InlineData("age", false)]
    [InlineData("age", true)]
    [InlineData("active", false)]
    [InlineData("city", true)]
    [InlineData("address.zip", false)]
    public async Task Query_OrderByWithTiesAndMixedKinds_OrdersByKeyThenId(string orderBy, bool descending)
    {
        await SeedAsync(Population);

        var found = await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = orderBy, Descending = descending, PageSize = 4 });

        Assert.Equal(Expected(Population.Select(p => (p.Id, Json(p.Value))), [], orderBy, descending), found.Select(d => d.Id));
    }

    [Fact]
    public async Task Query_SeveralFiltersAndOrder_CombineWithAnd()
    {
        await SeedAsync(Population);
        var filters = new[]
        {
            new DocumentFilter("age", FilterOperator.GreaterThanOrEqual, 0),
            new DocumentFilter("active", FilterOperator.Equal, true),
            new DocumentFilter("city", FilterOperator.NotEqual, "Limón"),
        };

        var found = await QueryAllAsync(People.Name, new DocumentQuery { Filters = filters, OrderBy = "age", Descending = true, PageSize = 2 });

        Assert.Equal(["p09", "p12", "p01", "p05"], found.Select(d => d.Id));
        Assert.Equal(Expected(Population.Select(p => (p.Id, Json(p.Value))), filters, "age", true), found.Select(d => d.Id));
    }

    [Fact]
    public async Task Query_RangeOnNullOperand_MatchesNothingButEqualityMatchesMissing()
    {
        await SeedAsync(Population);

        var range = await QueryAllAsync(People.Name, new DocumentQuery { Filters = [new DocumentFilter("name", FilterOperator.GreaterThan, null!)] });
        var missing = await QueryAllAsync(People.Name, new DocumentQuery { Filters = [new DocumentFilter("name", FilterOperator.Equal, null!)] });

        Assert.Empty(range);
        Assert.Equal(["p09"], missing.Select(d => d.Id));
    }

    [Fact]
    public async Task Query_FilterOnFieldsThatAreNotIndexed_RefusedListingEveryBadField()
    {
        await SeedAsync(Population);
        var query = new DocumentQuery
        {
            Filters = [new DocumentFilter("nickname", FilterOperator.Equal, "x"), new DocumentFilter("name", FilterOperator.Equal, "x"), new DocumentFilter("address.street", FilterOperator.Equal, "y")],
            OrderBy = "shoeSize",
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Store.QueryAsync(People.Name, query, CancellationToken.None).AsTask());

        Assert.Contains("nickname", error.Message, StringComparison.Ordinal);
        Assert.Contains("address.street", error.Message, StringComparison.Ordinal);
        Assert.Contains("shoeSize", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'name'", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Store.CountAsync(People.Name, [new DocumentFilter("nickname", FilterOperator.Equal, "x")], CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Query_PlainCollection_RefusesFieldFiltersButOrdersById()
    {
        await CommitAsync(new WriteBatch().Insert(Notes.Name, "b", Json(new { text = "2" })).Insert(Notes.Name, "a", Json(new { text = "1" })));

        await Assert.ThrowsAsync<InvalidRequestException>(() => Store.QueryAsync(Notes.Name, DocumentQuery.Where("text", "1"), CancellationToken.None).AsTask());
        var all = await QueryAllAsync(Notes.Name, DocumentQuery.All);

        Assert.Equal(["a", "b"], all.Select(d => d.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Query_PageSizeOutOfRange_Refused(int pageSize)
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Store.QueryAsync(People.Name, new DocumentQuery { PageSize = pageSize }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Query_ForgedContinuationToken_Refused()
    {
        await SeedAsync(Population);

        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Store.QueryAsync(People.Name, new DocumentQuery { ContinuationToken = "not-a-token" }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Query_UnsupportedFilterValueType_Refused()
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Store.QueryAsync(People.Name, DocumentQuery.Where("name", new Uri("https://example.org")), CancellationToken.None).AsTask());
    }
}
