using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Documents;
using ContactCenter.Storage.Postgres.Tests.Support;
using Dapper;
using Npgsql;
using Xunit.Abstractions;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

/// <summary>Queries on indexed fields are served by B-tree index scans, not by scanning the tables (plans printed for docs).</summary>
public sealed class IndexUsageTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    private const int Customers = 10_000;

    [Fact]
    public async Task QueryPlans_FilterOrderAndPage_UseTheIndexesNotSequentialScans()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["customer.phone", "state", "createdAt"]), default);
        var batch = new WriteBatch();
        for (var i = 0; i < Customers; i++)
        {
            var json = $$$"""{"customer":{"phone":"+506{{{i:00000000}}}"},"state":"{{{(i % 5 == 0 ? "Queued" : "Closed")}}}","createdAt":"2026-03-01T{{{i % 24:00}}}:00:00-06:00"}""";
            batch.Insert(collection, $"c{i:000000}", json);
        }

        await store.CommitAsync(batch, default);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync("ANALYZE cc_documents; ANALYZE cc_index_entries;");
        var token = new ContinuationToken(IndexValue.FromString("Queued"), "c005000");

        var lookup = await ExplainAsync(connection, new SqlQueryBuilder(collection, null).Where([new("customer.phone", FilterOperator.Equal, "+50600001234")]), 11);
        var page = await ExplainAsync(connection, new SqlQueryBuilder(collection, "state").Where([new("state", FilterOperator.Equal, "Queued")]).After(token, false), 51);
        var range = await ExplainAsync(connection, new SqlQueryBuilder(collection, "createdAt").Where([new("createdAt", FilterOperator.GreaterThanOrEqual, "2026-03-01T20:00:00-06:00")]), 101);

        foreach (var plan in new[] { lookup, page, range })
        {
            Assert.Contains("cc_index_entries_by_key", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        }
    }

    private async Task<string> ExplainAsync(NpgsqlConnection connection, SqlQueryBuilder builder, int limit)
    {
        var sql = builder.SelectPage(descending: false, limit);
        var plan = string.Join('\n', await connection.QueryAsync<string>("EXPLAIN " + sql, builder.Parameters));
        output.WriteLine(sql);
        output.WriteLine(plan);
        output.WriteLine(string.Empty);
        return plan;
    }
}
