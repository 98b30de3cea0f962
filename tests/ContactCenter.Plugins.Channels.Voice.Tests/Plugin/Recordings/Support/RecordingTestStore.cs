using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings.Support;

/// <summary>
/// A plugin store in memory for the recording store's tests: documents go through JSON with the web (camelCase)
/// names the real store indexes, versions as the kernel's store keeps them (insert refuses an existing id, replace a
/// stale version, and a batch with one stale version writes nothing), equality filters, one page per query, a switch
/// that makes every write fail (storage down) and a hook run after a query has read its page and before it returns
/// (so a test can make another writer act between a read and the write that follows it).
/// </summary>
internal sealed class RecordingTestStore : IPluginStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<(string Collection, string Id), (string Json, long Version)> _documents = [];
    private readonly Lock _lock = new();

    /// <summary>While true, every write throws (the storage is down).</summary>
    public bool Failing { get; set; }

    /// <summary>Runs after a query has read its page (collection name, query), before the page is returned.</summary>
    public Func<string, DocumentQuery, Task>? AfterQuery { get; set; }

    public int Count(string collection)
    {
        lock (_lock)
        {
            return _documents.Keys.Count(k => k.Collection == collection);
        }
    }

    public IDocumentCollection<T> Collection<T>(string name)
        where T : class => new Documents<T>(this, name);

    public IDocumentBatch CreateBatch() => new Batch(this);

    /// <summary>Applies writes all or nothing: an expected version (null: must not exist; -1: any) that does not match throws.</summary>
    private List<long> Write(IReadOnlyList<(string Collection, string Id, object Value, long? Expected)> writes)
    {
        if (Failing)
        {
            throw new IOException("storage down (test)");
        }

        lock (_lock)
        {
            foreach (var (collection, id, _, expected) in writes.Where(w => w.Expected != -1))
            {
                long? actual = _documents.TryGetValue((collection, id), out var current) ? current.Version : null;
                if (actual != expected)
                {
                    throw new ConcurrencyConflictException(collection, id, expected, actual);
                }
            }

            var versions = new List<long>();
            foreach (var (collection, id, value, _) in writes)
            {
                var version = (_documents.TryGetValue((collection, id), out var current) ? current.Version : 0) + 1;
                _documents[(collection, id)] = (JsonSerializer.Serialize(value, value.GetType(), Json), version);
                versions.Add(version);
            }

            return versions;
        }
    }

    private sealed class Documents<T>(RecordingTestStore owner, string name) : IDocumentCollection<T>
        where T : class
    {
        public string Name => name;

        public ValueTask<StoredDocument<T>?> GetAsync(string id, CancellationToken cancellationToken = default)
        {
            lock (owner._lock)
            {
                return ValueTask.FromResult(owner._documents.TryGetValue((name, id), out var stored) ? Read(id, stored) : null);
            }
        }

        public ValueTask<StoredDocument<T>> InsertAsync(string id, T value, CancellationToken cancellationToken = default) => WriteAsync(id, value, null);

        public ValueTask<StoredDocument<T>> ReplaceAsync(string id, T value, long expectedVersion, CancellationToken cancellationToken = default) =>
            WriteAsync(id, value, expectedVersion);

        public ValueTask<StoredDocument<T>> UpsertAsync(string id, T value, CancellationToken cancellationToken = default) => WriteAsync(id, value, -1);

        public ValueTask<bool> DeleteAsync(string id, long? expectedVersion = null, CancellationToken cancellationToken = default)
        {
            lock (owner._lock)
            {
                return ValueTask.FromResult(owner._documents.Remove((name, id)));
            }
        }

        public async ValueTask<DocumentPage<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
        {
            List<StoredDocument<T>> items;
            lock (owner._lock)
            {
                items = [.. owner._documents.Where(d => d.Key.Collection == name && query.Filters.All(f => Matches(d.Value.Json, f))).Select(d => Read(d.Key.Id, d.Value))];
            }

            if (owner.AfterQuery is { } hook)
            {
                await hook(name, query);
            }

            return new DocumentPage<T>(items, null);
        }

        private ValueTask<StoredDocument<T>> WriteAsync(string id, T value, long? expected)
        {
            var version = owner.Write([(name, id, value, expected)])[0];
            return ValueTask.FromResult(new StoredDocument<T>(id, value, version, DateTimeOffset.UnixEpoch));
        }

        private static bool Matches(string json, DocumentFilter filter) =>
            filter.Operator == FilterOperator.Equal && JsonNode.Parse(json)?[filter.Field]?.ToString() == filter.Value.ToString();

        private static StoredDocument<T> Read(string id, (string Json, long Version) stored) =>
            new(id, JsonSerializer.Deserialize<T>(stored.Json, Json)!, stored.Version, DateTimeOffset.UnixEpoch);
    }

    private sealed class Batch(RecordingTestStore owner) : IDocumentBatch
    {
        private readonly List<(string Collection, string Id, object Value, long? Expected)> _writes = [];

        public IDocumentBatch Insert<T>(string collection, string id, T value)
            where T : class => Add(collection, id, value, null);

        public IDocumentBatch Replace<T>(string collection, string id, T value, long expectedVersion)
            where T : class => Add(collection, id, value, expectedVersion);

        public IDocumentBatch Upsert<T>(string collection, string id, T value)
            where T : class => Add(collection, id, value, -1);

        public IDocumentBatch Delete(string collection, string id, long? expectedVersion = null) => throw new NotSupportedException("Not needed by these tests.");

        public ValueTask CommitAsync(CancellationToken cancellationToken = default)
        {
            owner.Write(_writes);
            return ValueTask.CompletedTask;
        }

        private Batch Add(string collection, string id, object value, long? expected)
        {
            _writes.Add((collection, id, value, expected));
            return this;
        }
    }
}
