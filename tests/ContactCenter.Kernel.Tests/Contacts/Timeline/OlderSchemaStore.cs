using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Contacts.Timeline;

/// <summary>A store as the previous version set it up: interactions without the <c>contactId</c> index.</summary>
internal sealed class OlderSchemaStore(IDocumentStore inner) : IDocumentStore
{
    public string ProviderName => inner.ProviderName;

    public ValueTask InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public ValueTask EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken) =>
        inner.EnsureCollectionAsync(definition.Name == KernelCollections.Interactions.Name
            ? definition with { IndexedFields = [.. definition.IndexedFields.Where(f => f != "contactId")] }
            : definition, cancellationToken);

    public ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken) => inner.GetAsync(collection, id, cancellationToken);

    public ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken) => inner.QueryAsync(collection, query, cancellationToken);

    public ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken) => inner.CountAsync(collection, filters, cancellationToken);

    public ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken) => inner.CommitAsync(batch, cancellationToken);

    public ValueTask<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken) => inner.ReadEventsAsync(query, cancellationToken);

    public ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken) => inner.ProbeAsync(cancellationToken);
}
