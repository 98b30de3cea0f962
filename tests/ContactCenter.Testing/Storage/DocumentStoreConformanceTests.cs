using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ContactCenter.Testing.Storage;

/// <summary>
/// The storage contract every <see cref="IDocumentStore"/> provider must meet. A provider's test project subclasses
/// it and says how to create a fresh, empty store; every test then runs against that provider. Tests use only the
/// contract, so the same suite proves the in-memory, LiteDB and PostgreSQL providers alike.
/// </summary>
public abstract partial class DocumentStoreConformanceTests : IAsyncLifetime
{
    /// <summary>A collection with indexed fields of every kind, including a nested one.</summary>
    protected static readonly CollectionDefinition People =
        new("p.conformance.people", ["name", "age", "active", "city", "at", "address.zip"]);

    /// <summary>A collection with no indexed field.</summary>
    protected static readonly CollectionDefinition Notes = CollectionDefinition.Plain("p.conformance.notes");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // Keeps accents and ñ as raw UTF-8 in the stored JSON, so round trips exercise non-ASCII text.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The clock the store under test must use to stamp writes.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));

    /// <summary>The store under test, initialized, with <see cref="People"/> and <see cref="Notes"/> created.</summary>
    protected IDocumentStore Store { get; set; } = null!;

    /// <summary>Creates a new, empty store that stamps writes with <see cref="Time"/> (not yet initialized).</summary>
    /// <returns>The store.</returns>
    protected abstract Task<IDocumentStore> CreateStoreAsync();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitializeAsync(CancellationToken.None);
        await Store.EnsureCollectionAsync(People, CancellationToken.None);
        await Store.EnsureCollectionAsync(Notes, CancellationToken.None);
    }

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        switch (Store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Serializes a test document.</summary>
    protected static string Json(object value) => JsonSerializer.Serialize(value, JsonOptions);

    /// <summary>Commits one batch.</summary>
    protected Task<CommitResult> CommitAsync(WriteBatch batch) => Store.CommitAsync(batch, CancellationToken.None).AsTask();

    /// <summary>Reads a document of <see cref="People"/>.</summary>
    protected Task<RawDocument?> GetPersonAsync(string id) => Store.GetAsync(People.Name, id, CancellationToken.None).AsTask();

    /// <summary>Reads every page of a query, checking that each page respects the page size.</summary>
    protected async Task<List<RawDocument>> QueryAllAsync(string collection, DocumentQuery query)
    {
        var all = new List<RawDocument>();
        var page = query;
        for (var pages = 0; pages < 10_000; pages++)
        {
            var result = await Store.QueryAsync(collection, page, CancellationToken.None);
            Assert.True(result.Items.Count <= query.PageSize, "a page held more than the page size");
            all.AddRange(result.Items);
            if (result.ContinuationToken is null)
            {
                return all;
            }

            Assert.NotEmpty(result.Items);
            page = page with { ContinuationToken = result.ContinuationToken };
        }

        throw new InvalidOperationException("Paging never ended.");
    }

    /// <summary>Inserts documents into <see cref="People"/> in one batch.</summary>
    protected async Task SeedAsync(IEnumerable<(string Id, object Value)> documents)
    {
        var batch = new WriteBatch();
        foreach (var (id, value) in documents)
        {
            batch.Insert(People.Name, id, Json(value));
        }

        await CommitAsync(batch);
    }

    /// <summary>The ids the shared query rules say match, in the shared order (key, then id).</summary>
    protected static List<string> Expected(IEnumerable<(string Id, string Json)> documents, IReadOnlyList<DocumentFilter> filters, string? orderBy, bool descending)
    {
        var rows = documents.Select(d =>
        {
            using var json = JsonDocument.Parse(d.Json);
            var keys = filters.Select(f => f.Field).Append(orderBy ?? QueryRules.IdField).Distinct()
                .ToDictionary(f => f, f => f == QueryRules.IdField ? IndexValue.FromString(d.Id) : IndexValue.Extract(json.RootElement, f));
            return (d.Id, Keys: keys);
        })
        .Where(r => filters.All(f => QueryRules.Matches(r.Keys[f.Field], f.Operator, IndexValue.FromOperand(f.Value))))
        .ToList();
        var order = orderBy ?? QueryRules.IdField;
        var sorted = descending
            ? rows.OrderByDescending(r => r.Keys[order]).ThenByDescending(r => r.Id, StringComparer.Ordinal)
            : rows.OrderBy(r => r.Keys[order]).ThenBy(r => r.Id, StringComparer.Ordinal);
        return sorted.Select(r => r.Id).ToList();
    }
}
