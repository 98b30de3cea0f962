using System.Collections.Concurrent;
using System.Text.Json;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>
/// A plugin store in memory for unit tests of the plugin's own parts: documents go through JSON as in the real store
/// (so a document that does not round-trip fails here too), versions are checked. Queries and batches are not needed.
/// </summary>
internal sealed class MemoryPluginStore : IPluginStore
{
    private readonly ConcurrentDictionary<string, object> _collections = new(StringComparer.Ordinal);

    public IDocumentCollection<T> Collection<T>(string name)
        where T : class => (IDocumentCollection<T>)_collections.GetOrAdd(name, n => new MemoryCollection<T>(n));

    public IDocumentBatch CreateBatch() => throw new NotSupportedException("Not needed by these tests.");

    private sealed class MemoryCollection<T>(string name) : IDocumentCollection<T>
        where T : class
    {
        private readonly ConcurrentDictionary<string, (string Json, long Version)> _documents = new(StringComparer.Ordinal);

        public string Name => name;

        public ValueTask<StoredDocument<T>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_documents.TryGetValue(id, out var stored) ? Read(id, stored) : null);

        public ValueTask<StoredDocument<T>> InsertAsync(string id, T value, CancellationToken cancellationToken = default) =>
            _documents.TryAdd(id, (JsonSerializer.Serialize(value), 1))
                ? ValueTask.FromResult(Read(id, _documents[id]))
                : throw new ConcurrencyConflictException(name, id, null, null);

        public ValueTask<StoredDocument<T>> ReplaceAsync(string id, T value, long expectedVersion, CancellationToken cancellationToken = default) =>
            _documents.TryGetValue(id, out var stored) && stored.Version == expectedVersion
            && _documents.TryUpdate(id, (JsonSerializer.Serialize(value), expectedVersion + 1), stored)
                ? ValueTask.FromResult(Read(id, _documents[id]))
                : throw new ConcurrencyConflictException(name, id, null, null);

        public ValueTask<StoredDocument<T>> UpsertAsync(string id, T value, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(id, _documents.AddOrUpdate(id, _ => (JsonSerializer.Serialize(value), 1), (_, old) => (JsonSerializer.Serialize(value), old.Version + 1))));

        public ValueTask<bool> DeleteAsync(string id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_documents.TryRemove(id, out _));

        public ValueTask<DocumentPage<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not needed by these tests.");

        private static StoredDocument<T> Read(string id, (string Json, long Version) stored) =>
            new(id, JsonSerializer.Deserialize<T>(stored.Json)!, stored.Version, DateTimeOffset.UnixEpoch);
    }
}
