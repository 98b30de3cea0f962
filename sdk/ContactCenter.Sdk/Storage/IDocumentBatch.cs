namespace ContactCenter.Sdk.Storage;

/// <summary>
/// Changes across a plugin's collections that commit together or not at all: if any expected version does not
/// match, nothing is written.
/// </summary>
public interface IDocumentBatch
{
    /// <summary>Adds an insert.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="collection">The collection name.</param>
    /// <param name="id">The document id.</param>
    /// <param name="value">The document.</param>
    /// <returns>This batch.</returns>
    IDocumentBatch Insert<T>(string collection, string id, T value)
        where T : class;

    /// <summary>Adds a replace guarded by <paramref name="expectedVersion"/>.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="collection">The collection name.</param>
    /// <param name="id">The document id.</param>
    /// <param name="value">The new document.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <returns>This batch.</returns>
    IDocumentBatch Replace<T>(string collection, string id, T value, long expectedVersion)
        where T : class;

    /// <summary>Adds an unconditional insert-or-overwrite.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="collection">The collection name.</param>
    /// <param name="id">The document id.</param>
    /// <param name="value">The document.</param>
    /// <returns>This batch.</returns>
    IDocumentBatch Upsert<T>(string collection, string id, T value)
        where T : class;

    /// <summary>Adds a delete, guarded by <paramref name="expectedVersion"/> when given.</summary>
    /// <param name="collection">The collection name.</param>
    /// <param name="id">The document id.</param>
    /// <param name="expectedVersion">The version the caller read, or <see langword="null"/>.</param>
    /// <returns>This batch.</returns>
    IDocumentBatch Delete(string collection, string id, long? expectedVersion = null);

    /// <summary>Commits every change atomically.</summary>
    /// <param name="cancellationToken">Cancels the commit before it starts.</param>
    /// <returns>A task that completes once committed.</returns>
    /// <exception cref="Errors.ConcurrencyConflictException">A guard failed; nothing was written.</exception>
    ValueTask CommitAsync(CancellationToken cancellationToken = default);
}
