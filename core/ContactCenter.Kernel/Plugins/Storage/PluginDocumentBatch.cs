using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Plugins.Storage;

/// <summary>A plugin's atomic batch: one kernel <see cref="WriteBatch"/> over its collections.</summary>
internal sealed class PluginDocumentBatch(PluginStore owner) : IDocumentBatch
{
    private readonly WriteBatch _batch = new();
    private readonly HashSet<string> _collections = new(StringComparer.Ordinal);
    private bool _committed;

    public IDocumentBatch Insert<T>(string collection, string id, T value)
        where T : class
    {
        _batch.Insert(Use(collection), id, owner.Serialize(value));
        return this;
    }

    public IDocumentBatch Replace<T>(string collection, string id, T value, long expectedVersion)
        where T : class
    {
        _batch.Replace(Use(collection), id, owner.Serialize(value), expectedVersion);
        return this;
    }

    public IDocumentBatch Upsert<T>(string collection, string id, T value)
        where T : class
    {
        _batch.Upsert(Use(collection), id, owner.Serialize(value));
        return this;
    }

    public IDocumentBatch Delete(string collection, string id, long? expectedVersion = null)
    {
        _batch.Delete(Use(collection), id, expectedVersion);
        return this;
    }

    public async ValueTask CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _committed = true;
        foreach (var collection in _collections)
        {
            await owner.EnsureAsync(collection, cancellationToken).ConfigureAwait(false);
        }

        if (!_batch.IsEmpty)
        {
            await owner.Store.CommitAsync(_batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private string Use(string collection)
    {
        EnsureOpen();
        var full = CollectionNames.Plugin(owner.PluginId, collection);
        _collections.Add(full);
        return full;
    }

    private void EnsureOpen()
    {
        if (_committed)
        {
            throw new InvalidOperationException("This batch was already committed; create a new one.");
        }
    }
}
