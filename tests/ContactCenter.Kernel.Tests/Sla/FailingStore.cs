using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Sla;

/// <summary>A store whose commits fail on demand, as a store that is down would.</summary>
internal sealed class FailingStore(IDocumentStore inner) : IDocumentStore
{
    public bool Fail { get; set; }

    public string ProviderName => inner.ProviderName;

    public ValueTask InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public ValueTask EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken) => inner.EnsureCollectionAsync(definition, cancellationToken);

    public ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken) => inner.GetAsync(collection, id, cancellationToken);

    public ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken) => inner.QueryAsync(collection, query, cancellationToken);

    public ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken) => inner.CountAsync(collection, filters, cancellationToken);

    public ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken) =>
        Fail ? throw new IOException("The disk is gone.") : inner.CommitAsync(batch, cancellationToken);

    public ValueTask<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken) => inner.ReadEventsAsync(query, cancellationToken);

    public ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Fail ? new StoreProbe(false, "down") : new StoreProbe(true, "up"));
}
