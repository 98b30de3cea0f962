using System.Globalization;

namespace ContactCenter.Kernel.Blobs;

/// <summary>
/// The stored form of a blob: a manifest (collection <c>k.blobs</c>, written last, so a blob without one was never
/// completed) and its chunks (collection <c>k.blob-chunks</c>, id <c>{blobId}.{index:D6}</c>).
/// </summary>
internal sealed record BlobManifest
{
    public required string Owner { get; init; }

    public required long Length { get; init; }

    public required int ChunkCount { get; init; }

    /// <summary>SHA-256 of the plaintext, encrypted with the length and chunk count bound as context.</summary>
    public required string Digest { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public static string DigestContext(string blobId, long length, int chunkCount) =>
        string.Create(CultureInfo.InvariantCulture, $"blob/{blobId}/digest/{length}/{chunkCount}");
}

/// <summary>One encrypted chunk.</summary>
/// <param name="BlobId">The blob it belongs to (indexed, to delete them all).</param>
/// <param name="Index">Its position.</param>
/// <param name="Data">The encrypted bytes, URL-safe base64.</param>
internal sealed record BlobChunk(string BlobId, int Index, string Data)
{
    public static string DocumentId(string blobId, int index) => string.Create(CultureInfo.InvariantCulture, $"{blobId}.{index:D6}");

    public static string Context(string blobId, int index) => string.Create(CultureInfo.InvariantCulture, $"blob/{blobId}/chunk/{index}");
}
