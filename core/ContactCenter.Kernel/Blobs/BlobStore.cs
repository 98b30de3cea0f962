using System.Buffers.Text;
using System.Security.Cryptography;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Blobs;

/// <summary>
/// <see cref="IBlobStore"/> over <see cref="IDocumentStore"/>: one commit per chunk (memory stays at one chunk whatever
/// the blob's size), then the manifest with the change event. A failed or cancelled write deletes what it wrote.
/// </summary>
internal sealed class BlobStore(IDocumentStore store, IDataProtector protector, BlobEvents events, KernelTime time, IOptions<BlobOptions> options)
    : IBlobStore
{
    private readonly KernelRepository<BlobManifest> _manifests = new(store, KernelCollections.Blobs);
    private readonly KernelRepository<BlobChunk> _chunks = new(store, KernelCollections.BlobChunks);

    public async ValueTask<BlobInfo> PutAsync(Stream content, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now).ToString("N");
        var buffer = new byte[settings.ChunkBytes];
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        var count = 0;
        try
        {
            int read;
            while ((read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > settings.MaxBytes)
                {
                    throw new RequestTooLargeException(settings.MaxBytes);
                }

                digest.AppendData(buffer, 0, read);
                var sealedChunk = Base64Url.EncodeToString(protector.Protect(buffer.AsSpan(0, read), BlobChunk.Context(id, count)));
                await _chunks.InsertAsync(BlobChunk.DocumentId(id, count), new BlobChunk(id, count, sealedChunk), cancellationToken).ConfigureAwait(false);
                count++;
            }

            var manifest = new BlobManifest
            {
                Owner = owner,
                Length = length,
                ChunkCount = count,
                Digest = protector.ProtectString(Convert.ToHexStringLower(digest.GetHashAndReset()), BlobManifest.DigestContext(id, length, count)),
                CreatedAt = now,
            };
            var batch = new WriteBatch().Insert(KernelCollections.Blobs.Name, id, _manifests.Serialize(manifest));
            await events.CommitAsync(batch, new BlobChanged(id, DataChange.Created, length, owner, now), cancellationToken).ConfigureAwait(false);
            return new BlobInfo(id, length, count, owner, now);
        }
        catch
        {
            // Whatever went wrong (too large, cancelled, store down), leave no orphan chunks behind; then report the cause.
            await DeleteChunksAsync(id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask<BlobInfo?> GetInfoAsync(string id, CancellationToken cancellationToken = default) =>
        IsId(id) && await _manifests.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored ? ToInfo(stored) : null;

    public async ValueTask<Stream> OpenReadAsync(string id, CancellationToken cancellationToken = default)
    {
        var stored = IsId(id) ? await _manifests.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return stored is null
            ? throw new EntityNotFoundException("blob", id)
            : new BlobReadStream(id, stored.Value, _chunks, protector);
    }

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id) || await _manifests.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return false;
        }

        // The manifest goes first: from then on the blob is gone for readers, and the chunks are only garbage.
        var batch = new WriteBatch().Delete(KernelCollections.Blobs.Name, id, stored.Version);
        await events.CommitAsync(batch, new BlobChanged(id, DataChange.Deleted, stored.Value.Length, stored.Value.Owner, time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        await DeleteChunksAsync(id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool IsId(string id) => id is { Length: > 0 and <= 64 };

    private static BlobInfo ToInfo(Versioned<BlobManifest> stored) =>
        new(stored.Id, stored.Value.Length, stored.Value.ChunkCount, stored.Value.Owner, stored.Value.CreatedAt);

    private async Task DeleteChunksAsync(string id, CancellationToken cancellationToken)
    {
        var collection = KernelCollections.BlobChunks.Name;
        while (true)
        {
            var page = await store.QueryAsync(collection, DocumentQuery.Where("blobId", id) with { PageSize = 100 }, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count == 0)
            {
                return;
            }

            var batch = new WriteBatch();
            foreach (var item in page.Items)
            {
                batch.Delete(collection, item.Id);
            }

            await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }
}
