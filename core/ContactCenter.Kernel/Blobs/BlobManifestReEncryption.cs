using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Re-encrypts a blob manifest's digest under the current data key (bound to the same length and chunk count).</summary>
internal sealed class BlobManifestReEncryption() : SealedFieldReEncryption<BlobManifest>(KernelCollections.Blobs)
{
    protected override string SealedValue(BlobManifest document) => document.Digest;

    protected override string Context(string id, BlobManifest document) => BlobManifest.DigestContext(id, document.Length, document.ChunkCount);

    protected override BlobManifest WithSealedValue(BlobManifest document, string sealedValue) => document with { Digest = sealedValue };
}
