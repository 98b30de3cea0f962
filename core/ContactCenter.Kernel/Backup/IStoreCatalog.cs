using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Backup;

/// <summary>
/// What a store holds, for backup, verification and migration: every collection ever created, with its indexed
/// fields. Durable providers implement it beside <see cref="IDocumentStore"/>.
/// </summary>
public interface IStoreCatalog
{
    /// <summary>The store's schema version (the last applied migration, or the file format), recorded in backups.</summary>
    string SchemaVersion { get; }

    /// <summary>Lists every collection, ordered by name (ordinal).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The collection definitions.</returns>
    ValueTask<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken);
}
