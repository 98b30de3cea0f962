namespace ContactCenter.Kernel.Blobs;

/// <summary>
/// Binaries (recordings, attachments) kept in the document store, so they live on every storage provider and travel in
/// its backups: split in chunks, each encrypted with the blob id and its position bound as context, and the whole
/// checked on read (chunk count, length and a digest). Blobs are immutable: store a new one to change content.
/// Storing and deleting raise <c>cc.blob.changed</c> for the audit log.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores a stream as a new blob.</summary>
    /// <param name="content">The content, read to its end.</param>
    /// <param name="owner">Who stores it: <c>kernel</c>, <c>plugin/{id}</c>.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is left behind.</param>
    /// <returns>The stored blob.</returns>
    /// <exception cref="Sdk.Errors.RequestTooLargeException">It is longer than <c>CC:Blobs:MaxBytes</c>; nothing is left behind.</exception>
    ValueTask<BlobInfo> PutAsync(Stream content, string owner, CancellationToken cancellationToken = default);

    /// <summary>Reads a blob's description.</summary>
    /// <param name="id">The blob id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The blob, or <see langword="null"/> when there is none.</returns>
    ValueTask<BlobInfo?> GetInfoAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a blob for reading, chunk by chunk. A chunk that was altered, moved or removed, or a blob whose length or
    /// digest does not match at the end, makes the read throw <see cref="Security.Encryption.DataTamperedException"/>.
    /// </summary>
    /// <param name="id">The blob id.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>A read-only, asynchronous stream.</returns>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">There is no such blob.</exception>
    ValueTask<Stream> OpenReadAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a blob and its chunks.</summary>
    /// <param name="id">The blob id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether there was a blob to delete.</returns>
    ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
