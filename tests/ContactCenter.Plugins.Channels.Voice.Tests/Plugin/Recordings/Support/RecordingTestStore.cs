using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings.Support;

/// <summary>
/// A plugin store in memory for the recording store's tests: documents go through JSON with the web (camelCase)
/// names the real store indexes, equality filters, one page per query, batches applied at once on commit, and a switch
/// that makes every write fail (storage down).
/// </summary>
internal sealed class RecordingTestStore : IPluginStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<(string Collection, string Id), string> _documents = new();

    /// <summary>While true, every write throws (the storage is down).</summary>
    public bool Failing { get; set; }

    public int Count(string collection) => _documents.Keys.Count(k => k.Collection == collection);

    public IDocumentCollection<T> Collection<T>(string name)
        where T : class => new Documents<T>(this, name);

    public IDocumentBatch CreateBatch() => new Batch(this);

    private void Write(string collection, string id, object value)
    {
        if (Failing)
        {
            throw new IOException("storage down (test)");
        }

        _documents[(collection, id)] = JsonSerializer.Serialize(value, value.GetType(), Json);
    }

    private sealed class Documents<T>(RecordingTestStore owner, string name) : IDocumentCollection<T>
        where T : class
    {
        public string Name => name;

        public ValueTask<StoredDocument<T>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(owner._documents.TryGetValue((name, id), out var json) ? Read(id, json) : null);

        public ValueTask<StoredDocument<T>> InsertAsync(string id, T value, CancellationToken cancellationToken = default) => UpsertAsync(id, value, cancellationToken);

        public ValueTask<StoredDocument<T>> ReplaceAsync(string id, T value, long expectedVersion, CancellationToken cancellationToken = default) => UpsertAsync(id, value, cancellationToken);

        public ValueTask<StoredDocument<T>> UpsertAsync(string id, T value, CancellationToken cancellationToken = default)
        {
            owner.Write(name, id, value);
            return ValueTask.FromResult(Read(id, owner._documents[(name, id)]));
        }

        public ValueTask<bool> DeleteAsync(string id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(owner._documents.TryRemove((name, id), out _));

        public ValueTask<DocumentPage<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
        {
            var items = owner._documents.Where(d => d.Key.Collection == name && query.Filters.All(f => Matches(d.Value, f)))
                .Select(d => Read(d.Key.Id, d.Value)).ToList();
            return ValueTask.FromResult(new DocumentPage<T>(items, null));
        }

        private static bool Matches(string json, DocumentFilter filter) =>
            filter.Operator == FilterOperator.Equal && JsonNode.Parse(json)?[filter.Field]?.ToString() == filter.Value.ToString();

        private static StoredDocument<T> Read(string id, string json) => new(id, JsonSerializer.Deserialize<T>(json, Json)!, 1, DateTimeOffset.UnixEpoch);
    }

    private sealed class Batch(RecordingTestStore owner) : IDocumentBatch
    {
        private readonly List<(string Collection, string Id, object Value)> _writes = [];

        public IDocumentBatch Insert<T>(string collection, string id, T value)
            where T : class => Upsert(collection, id, value);

        public IDocumentBatch Replace<T>(string collection, string id, T value, long expectedVersion)
            where T : class => Upsert(collection, id, value);

        public IDocumentBatch Upsert<T>(string collection, string id, T value)
            where T : class
        {
            _writes.Add((collection, id, value));
            return this;
        }

        public IDocumentBatch Delete(string collection, string id, long? expectedVersion = null) => throw new NotSupportedException("Not needed by these tests.");

        public ValueTask CommitAsync(CancellationToken cancellationToken = default)
        {
            if (owner.Failing)
            {
                throw new IOException("storage down (test)");
            }

            foreach (var (collection, id, value) in _writes)
            {
                owner.Write(collection, id, value);
            }

            return ValueTask.CompletedTask;
        }
    }
}
