namespace ContactCenter.Sdk.Storage;

/// <summary>A named collection of documents in a plugin's store.</summary>
/// <typeparam name="T">The document type.</typeparam>
public interface IDocumentCollection<T>
    where T : class
{
    /// <summary>The collection name.</summary>
    string Name { get; }

    /// <summary>Reads a document.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    ValueTask<StoredDocument<T>?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Inserts a new document at version 1.</summary>
    /// <param name="id">The document id (at most 256 characters).</param>
    /// <param name="value">The document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored document.</returns>
    /// <exception cref="Errors.ConcurrencyConflictException">A document with that id exists.</exception>
    ValueTask<StoredDocument<T>> InsertAsync(string id, T value, CancellationToken cancellationToken = default);

    /// <summary>Replaces a document if it is still at <paramref name="expectedVersion"/>; a stale write is refused, not lost.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="value">The new document.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored document with its new version.</returns>
    /// <exception cref="Errors.ConcurrencyConflictException">The document is missing or at another version.</exception>
    ValueTask<StoredDocument<T>> ReplaceAsync(string id, T value, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Inserts or overwrites a document regardless of its version (last writer wins).</summary>
    /// <param name="id">The document id.</param>
    /// <param name="value">The document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored document with its new version.</returns>
    ValueTask<StoredDocument<T>> UpsertAsync(string id, T value, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="expectedVersion">The version the caller read, or <see langword="null"/> to delete whatever is there.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> if a document was deleted.</returns>
    /// <exception cref="Errors.ConcurrencyConflictException">The document is at another version.</exception>
    ValueTask<bool> DeleteAsync(string id, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Queries documents by indexed fields, one page at a time.</summary>
    /// <param name="query">Filters, order and page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page, with a token for the next one.</returns>
    /// <exception cref="Errors.InvalidRequestException">A filter or order field is not declared as indexed.</exception>
    ValueTask<DocumentPage<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default);
}
