using System.Text.Json.Nodes;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

/// <summary>
/// Runs the same randomised queries on the PostgreSQL store and on the reference in-memory store and requires the
/// same documents in the same order, page by page: every operator, every value kind (mixed in one field), missing
/// fields, nested paths, instants with offsets, Spanish text, both directions, ordering by id or by a field.
/// </summary>
public sealed class ReferenceParityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] Fields = ["name", "score", "active", "at", "nested.level"];
    private static readonly object[] Operands =
    [
        "Ana", "ana", "Ángela", "Zoe", "ñu", "Núñez", "m", "", "😀", "\uE000", "a\u0000b", 0, 1, -3.5, 42, 7.25, true, false,
        new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(-6)), "2026-03-01T16:00:00Z", null!,
    ];

    [Fact]
    public async Task QueryAsync_RandomQueries_SameDocumentsInSameOrderAsReference()
    {
        var collection = Names.Collection();
        var definition = new CollectionDefinition(collection, Fields);
        var postgres = await database.OpenStoreAsync();
        var reference = new InMemoryDocumentStore(TimeProvider.System);
        var random = new Random(20261128);
        var batch = new WriteBatch();
        batch.Insert(collection, "2026-03-01T16:00:00Z", "{}").Insert(collection, "2026-03-01T10:00:00-06:00", "{}");
        for (var i = 0; i < 240; i++)
        {
            batch.Upsert(collection, DocumentId(random, i), Document(random).ToJsonString());
        }

        foreach (var store in new IDocumentStore[] { postgres, reference })
        {
            await store.EnsureCollectionAsync(definition, default);
            await store.CommitAsync(batch, default);
        }

        for (var q = 0; q < 100; q++)
        {
            var query = RandomQuery(random);
            var expected = await ReadAllAsync(reference, collection, query);
            var actual = await ReadAllAsync(postgres, collection, query);
            Assert.True(expected.SequenceEqual(actual), $"Query {q} ({Describe(query)}) differs.\nexpected: {string.Join(",", expected)}\nactual:   {string.Join(",", actual)}");
            Assert.Equal(
                await reference.CountAsync(collection, query.Filters, default),
                await postgres.CountAsync(collection, query.Filters, default));
        }
    }

    private static string DocumentId(Random random, int i) => random.Next(6) switch
    {
        // Instants as ids, some naming the same instant with another offset (equal keys, tie broken on the id).
        0 => $"2026-03-01T{(i / 60) + 10:00}:{i % 60:00}:00{(i % 2 == 0 ? "Z" : "-06:00")}",
        1 => $"Núñez-{i}",
        2 => $"tie-{new[] { "😀", "\uE000", "\uFFFD", "z" }[i % 4]}-{i / 4}",
        _ => $"doc-{random.Next(1000):000}-{i}",
    };

    private static JsonObject Document(Random random)
    {
        var document = new JsonObject();
        foreach (var field in Fields.Where(_ => random.Next(5) > 0))
        {
            var value = RandomValue(random);
            if (field.Contains('.', StringComparison.Ordinal))
            {
                document["nested"] = new JsonObject { ["level"] = value };
            }
            else
            {
                document[field] = value;
            }
        }

        return document;
    }

    private static JsonNode? RandomValue(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(-5, 50)),
        3 => JsonValue.Create(Math.Round((random.NextDouble() * 20) - 10, 2)),
        4 => JsonValue.Create(new DateTimeOffset(2026, 3, 1, random.Next(24), random.Next(60), 0, TimeSpan.FromHours(random.Next(-8, 3))).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)),
        5 => new JsonArray(1, 2),
        // UTF-16 order differs from code-point order between an emoji and U+E000..U+FFFF: the store must follow UTF-16.
        _ => JsonValue.Create(new[] { "Ana", "ana", "Ángela", "Zoe", "ñu", "Núñez", "núñez", "Óscar", "m", "", "zz", "😀", "\uE000", "\uFFFD", "a\u0000b" }[random.Next(15)]),
    };

    private static DocumentQuery RandomQuery(Random random)
    {
        var fields = Fields.Append(QueryRules.IdField).ToArray();
        var filters = Enumerable.Range(0, random.Next(3))
            .Select(_ => new DocumentFilter(fields[random.Next(fields.Length)], (FilterOperator)random.Next(6), Operands[random.Next(Operands.Length)]))
            .ToArray();
        return new DocumentQuery
        {
            Filters = filters,
            OrderBy = random.Next(3) == 0 ? null : fields[random.Next(fields.Length)],
            Descending = random.Next(2) == 0,
            PageSize = random.Next(3, 60),
        };
    }

    private static async Task<List<string>> ReadAllAsync(IDocumentStore store, string collection, DocumentQuery query)
    {
        var ids = new List<string>();
        var page = query;
        while (true)
        {
            var result = await store.QueryAsync(collection, page, default);
            ids.AddRange(result.Items.Select(d => d.Id));
            if (result.ContinuationToken is null)
            {
                return ids;
            }

            page = page with { ContinuationToken = result.ContinuationToken };
        }
    }

    private static string Describe(DocumentQuery query) =>
        string.Join(" AND ", query.Filters.Select(f => $"{f.Field} {f.Operator} {f.Value ?? "null"}")) +
        $" ORDER BY {query.OrderBy ?? "id"} {(query.Descending ? "DESC" : "ASC")} PAGE {query.PageSize}";
}
