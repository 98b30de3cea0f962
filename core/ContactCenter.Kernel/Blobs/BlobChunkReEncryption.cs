using System.Text.Json;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Re-encrypts a blob chunk under the current data key, with the same blob id and position bound as context.</summary>
internal sealed class BlobChunkReEncryption : IReEncryptionTarget
{
    public string Collection => KernelCollections.BlobChunks.Name;

    public async ValueTask<ReEncryption> ReEncryptAsync(RawDocument raw, SealedValues values, CancellationToken cancellationToken)
    {
        var chunk = JsonSerializer.Deserialize<BlobChunk>(raw.Json, KernelJson.Options) ?? throw new InvalidDataException($"Blob chunk '{raw.Id}' is null.");
        if (values.IsCurrent(chunk.Data))
        {
            return ReEncryption.Current;
        }

        var data = await values.ReProtectAsync(chunk.Data, BlobChunk.Context(chunk.BlobId, chunk.Index), cancellationToken).ConfigureAwait(false);
        return ReEncryption.Rewrite(JsonSerializer.Serialize(chunk with { Data = data }, KernelJson.Options));
    }
}
