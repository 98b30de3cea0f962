using System.Text.Json;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Re-encrypts a blob manifest's digest under the current data key (bound to the same length and chunk count).</summary>
internal sealed class BlobManifestReEncryption : IReEncryptionTarget
{
    public string Collection => KernelCollections.Blobs.Name;

    public async ValueTask<ReEncryption> ReEncryptAsync(RawDocument raw, SealedValues values, CancellationToken cancellationToken)
    {
        var manifest = JsonSerializer.Deserialize<BlobManifest>(raw.Json, KernelJson.Options) ?? throw new InvalidDataException($"Blob manifest '{raw.Id}' is null.");
        if (values.IsCurrent(manifest.Digest))
        {
            return ReEncryption.Current;
        }

        var context = BlobManifest.DigestContext(raw.Id, manifest.Length, manifest.ChunkCount);
        var digest = await values.ReProtectAsync(manifest.Digest, context, cancellationToken).ConfigureAwait(false);
        return ReEncryption.Rewrite(JsonSerializer.Serialize(manifest with { Digest = digest }, KernelJson.Options));
    }
}
