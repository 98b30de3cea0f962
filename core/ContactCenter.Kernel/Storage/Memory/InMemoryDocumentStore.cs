using System.Text.Json;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Storage.Memory;

/// <summary>
/// A store that keeps everything in memory: for tests, the plugin test kit and throw-away demos. It follows the same
/// rules as the durable providers (the conformance suite runs against it too) but loses everything on exit.
/// </summary>
public sealed class InMemoryDocumentStore : IDocumentStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MemoryCollection> _collections = new(StringComparer.Ordinal);
    private readonly List<StoredEvent> _events = [];
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store.</summary>
    /// <param name="time">The clock that stamps writes.</param>
    public InMemoryDocumentStore(TimeProvider time)
    {
        _time = time;
    }

    /// <inheritdoc />
    public string ProviderName => "Memory";

    /// <inheritdoc />
    public ValueTask InitializeAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        CollectionNames.Validate(definition.Name);
        lock (_gate)
        {
            var collection = GetOrCreate(definition.Name);
            collection.Definition = collection.Definition with
            {
                IndexedFields = collection.Definition.IndexedFields.Union(definition.IndexedFields).ToArray(),
            };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_collections.TryGetValue(collection, out var c) && c.Documents.TryGetValue(id, out var d) ? d : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var definition = _collections.TryGetValue(collection, out var c) ? c.Definition : CollectionDefinition.Plain(collection);
            QueryRules.Validate(definition, query);
            var after = query.ContinuationToken is { } token ? ContinuationToken.Decode(token) : null;
            var orderField = query.OrderBy ?? QueryRules.IdField;
            var rows = Match(c, query.Filters)
                .Select(d => (Doc: d, Key: KeyOf(d, orderField)))
                .Where(r => after is null || after.IsBefore(r.Key, r.Doc.Id, query.Descending));
            var ordered = query.Descending
                ? rows.OrderByDescending(r => r.Key).ThenByDescending(r => r.Doc.Id, StringComparer.Ordinal)
                : rows.OrderBy(r => r.Key).ThenBy(r => r.Doc.Id, StringComparer.Ordinal);
            var page = ordered.Take(query.PageSize + 1).ToList();
            var hasMore = page.Count > query.PageSize;
            var items = page.Take(query.PageSize).ToList();
            var next = hasMore ? new ContinuationToken(items[^1].Key, items[^1].Doc.Id).Encode() : null;
            return ValueTask.FromResult(new RawDocumentPage(items.Select(r => r.Doc).ToList(), next));
        }
    }

    /// <inheritdoc />
    public ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var definition = _collections.TryGetValue(collection, out var c) ? c.Definition : CollectionDefinition.Plain(collection);
            QueryRules.Validate(definition, new DocumentQuery { Filters = filters });
            return ValueTask.FromResult((long)Match(c, filters).Count());
        }
    }

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var write in batch.Documents.Where(w => w.Json is not null))
        {
            EnsureJsonObject(write);
        }

        lock (_gate)
        {
            CheckGuards(batch);
            var now = _time.GetUtcNow().ToUniversalTime();
            var documents = new List<RawDocument?>(batch.Documents.Count);
            var deleted = 0;
            foreach (var write in batch.Documents)
            {
                var collection = GetOrCreate(write.Collection);
                if (write.Kind == DocumentWriteKind.Delete)
                {
                    deleted += collection.Documents.Remove(write.Id) ? 1 : 0;
                    documents.Add(null);
                    continue;
                }

                var version = collection.Documents.TryGetValue(write.Id, out var existing) ? existing.Version + 1 : 1;
                var document = new RawDocument(write.Collection, write.Id, write.Json!, version, now);
                collection.Documents[write.Id] = document;
                documents.Add(document);
            }

            var sequences = new List<long>(batch.Events.Count);
            foreach (var append in batch.Events)
            {
                var sequence = _events.Count + 1L;
                _events.Add(new StoredEvent(sequence, append.Stream, append.Type, append.Json, append.Time));
                sequences.Add(sequence);
            }

            return ValueTask.FromResult(new CommitResult(documents, sequences, deleted));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 10_000)
        {
            throw new InvalidRequestException("limit", "Must be from 1 to 10000.");
        }

        lock (_gate)
        {
            IReadOnlyList<StoredEvent> events = _events
                .Skip((int)Math.Min(query.AfterSequence, int.MaxValue))
                .Where(e => query.Stream is null || e.Stream == query.Stream)
                .Take(query.Limit)
                .ToList();
            return ValueTask.FromResult(events);
        }
    }

    /// <inheritdoc />
    public ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(new StoreProbe(true, "In-memory store (nothing is kept after exit)."));

    private void CheckGuards(WriteBatch batch) =>
        VersionGuards.Check(batch, (collection, id) =>
            _collections.TryGetValue(collection, out var c) && c.Documents.TryGetValue(id, out var d) ? d.Version : null);

    private static void EnsureJsonObject(DocumentWrite write)
    {
        try
        {
            using var document = JsonDocument.Parse(write.Json!);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestException("document", $"Document '{write.Id}' must be a JSON object.");
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidRequestException("document", $"Document '{write.Id}' is not valid JSON: {ex.Message}");
        }
    }

    private static IEnumerable<RawDocument> Match(MemoryCollection? collection, IReadOnlyList<DocumentFilter> filters)
    {
        if (collection is null)
        {
            return [];
        }

        var operands = filters.Select(f => (f.Field, f.Operator, Value: IndexValue.FromOperand(f.Value))).ToArray();
        return collection.Documents.Values.Where(d => operands.All(f => QueryRules.Matches(KeyOf(d, f.Field), f.Operator, f.Value)));
    }

    private static IndexValue KeyOf(RawDocument document, string field)
    {
        if (field == QueryRules.IdField)
        {
            return IndexValue.FromString(document.Id);
        }

        using var json = JsonDocument.Parse(document.Json);
        return IndexValue.Extract(json.RootElement, field);
    }

    private MemoryCollection GetOrCreate(string name)
    {
        if (!_collections.TryGetValue(name, out var collection))
        {
            collection = new MemoryCollection(CollectionDefinition.Plain(CollectionNames.Validate(name)));
            _collections[name] = collection;
        }

        return collection;
    }

    private sealed class MemoryCollection(CollectionDefinition definition)
    {
        public CollectionDefinition Definition { get; set; } = definition;

        public Dictionary<string, RawDocument> Documents { get; } = new(StringComparer.Ordinal);
    }
}
