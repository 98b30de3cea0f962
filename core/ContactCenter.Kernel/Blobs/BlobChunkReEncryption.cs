using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Re-encrypts a blob chunk under the current data key, with the same blob id and position bound as context.</summary>
internal sealed class BlobChunkReEncryption() : SealedFieldReEncryption<BlobChunk>(KernelCollections.BlobChunks)
{
    protected override string SealedValue(BlobChunk document) => document.Data;

    protected override string Context(string id, BlobChunk document) => BlobChunk.Context(document.BlobId, document.Index);

    protected override BlobChunk WithSealedValue(BlobChunk document, string sealedValue) => document with { Data = sealedValue };
}
