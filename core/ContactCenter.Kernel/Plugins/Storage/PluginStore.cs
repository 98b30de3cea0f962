using System.Collections.Concurrent;
using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Plugins.Storage;

/// <summary>
/// A plugin's <see cref="IPluginStore"/> over the kernel's <see cref="IDocumentStore"/>: collections are
/// <c>p.{pluginId}.{name}</c>, documents are serialized with the plugin's own options (never the kernel's, which would
/// cache the plugin's types), and collections the manifest does not declare are created on first use.
/// </summary>
internal sealed class PluginStore : IPluginStore
{
    private readonly ConcurrentDictionary<string, byte> _ensured = new(StringComparer.Ordinal);

    public PluginStore(string pluginId, IDocumentStore store, JsonSerializerOptions options)
    {
        PluginId = pluginId;
        Store = store;
        Options = options;
    }

    public string PluginId { get; }

    public IDocumentStore Store { get; }

    public JsonSerializerOptions Options { get; }

    public IDocumentCollection<T> Collection<T>(string name)
        where T : class =>
        new PluginDocumentCollection<T>(this, name, CollectionNames.Plugin(PluginId, name));

    public IDocumentBatch CreateBatch() => new PluginDocumentBatch(this);

    /// <summary>Creates the manifest's collections with their indexes (at load).</summary>
    public async ValueTask EnsureDeclaredAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> collections, CancellationToken cancellationToken)
    {
        foreach (var (name, indexes) in collections)
        {
            var full = CollectionNames.Plugin(PluginId, name);
            await Store.EnsureCollectionAsync(new CollectionDefinition(full, indexes), cancellationToken).ConfigureAwait(false);
            _ensured.TryAdd(full, 0);
        }
    }

    /// <summary>Creates an undeclared collection (no indexes) the first time the plugin uses it.</summary>
    public async ValueTask EnsureAsync(string fullName, CancellationToken cancellationToken)
    {
        if (_ensured.ContainsKey(fullName))
        {
            return;
        }

        await Store.EnsureCollectionAsync(CollectionDefinition.Plain(fullName), cancellationToken).ConfigureAwait(false);
        _ensured.TryAdd(fullName, 0);
    }

    public string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public StoredDocument<T> Read<T>(RawDocument raw)
    {
        var value = JsonSerializer.Deserialize<T>(raw.Json, Options)
            ?? throw new InvalidDataException($"Document '{raw.Id}' in '{raw.Collection}' is null.");
        return new StoredDocument<T>(raw.Id, value, raw.Version, raw.UpdatedAt);
    }
}
