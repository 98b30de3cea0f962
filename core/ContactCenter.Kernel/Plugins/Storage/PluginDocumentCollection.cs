using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Plugins.Storage;

/// <summary>One collection of a plugin's store.</summary>
internal sealed class PluginDocumentCollection<T>(PluginStore owner, string name, string fullName) : IDocumentCollection<T>
    where T : class
{
    public string Name => name;

    public async ValueTask<StoredDocument<T>?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await owner.EnsureAsync(fullName, cancellationToken).ConfigureAwait(false);
        var raw = await owner.Store.GetAsync(fullName, id, cancellationToken).ConfigureAwait(false);
        return raw is null ? null : owner.Read<T>(raw);
    }

    public ValueTask<StoredDocument<T>> InsertAsync(string id, T value, CancellationToken cancellationToken = default) =>
        CommitOneAsync(new WriteBatch().Insert(fullName, id, owner.Serialize(value)), cancellationToken);

    public ValueTask<StoredDocument<T>> ReplaceAsync(string id, T value, long expectedVersion, CancellationToken cancellationToken = default) =>
        CommitOneAsync(new WriteBatch().Replace(fullName, id, owner.Serialize(value), expectedVersion), cancellationToken);

    public ValueTask<StoredDocument<T>> UpsertAsync(string id, T value, CancellationToken cancellationToken = default) =>
        CommitOneAsync(new WriteBatch().Upsert(fullName, id, owner.Serialize(value)), cancellationToken);

    public async ValueTask<bool> DeleteAsync(string id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await owner.EnsureAsync(fullName, cancellationToken).ConfigureAwait(false);
        var result = await owner.Store.CommitAsync(new WriteBatch().Delete(fullName, id, expectedVersion), cancellationToken).ConfigureAwait(false);
        return result.DeletedCount > 0;
    }

    public async ValueTask<DocumentPage<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await owner.EnsureAsync(fullName, cancellationToken).ConfigureAwait(false);
        var page = await owner.Store.QueryAsync(fullName, query, cancellationToken).ConfigureAwait(false);
        return new DocumentPage<T>(page.Items.Select(owner.Read<T>).ToList(), page.ContinuationToken);
    }

    private async ValueTask<StoredDocument<T>> CommitOneAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        await owner.EnsureAsync(fullName, cancellationToken).ConfigureAwait(false);
        var result = await owner.Store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        return owner.Read<T>(result.Documents[0]!);
    }
}
