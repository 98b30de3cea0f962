namespace ContactCenter.Sdk.Storage;

/// <summary>
/// A plugin's private document store: named collections of JSON documents with optimistic concurrency,
/// queries on the fields the plugin declares as indexed in <c>plugin.json</c>, and atomic batches.
/// Documents are serialized with the plugin's own <see cref="System.Text.Json.JsonSerializerOptions"/>.
/// One plugin never sees another's documents.
/// </summary>
public interface IPluginStore
{
    /// <summary>A collection of documents of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="name">The collection name: lower case letters, digits and dashes, declared in <c>plugin.json</c> to have indexes.</param>
    /// <returns>The collection.</returns>
    IDocumentCollection<T> Collection<T>(string name)
        where T : class;

    /// <summary>Starts a batch of changes across collections that commits atomically.</summary>
    /// <returns>An empty batch.</returns>
    IDocumentBatch CreateBatch();
}
