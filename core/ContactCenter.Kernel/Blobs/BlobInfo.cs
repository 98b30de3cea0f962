namespace ContactCenter.Kernel.Blobs;

/// <summary>A stored blob.</summary>
/// <param name="Id">The blob id.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="ChunkCount">How many chunks it is stored in.</param>
/// <param name="Owner">Who stored it.</param>
/// <param name="CreatedAt">When.</param>
public sealed record BlobInfo(string Id, long Length, int ChunkCount, string Owner, DateTimeOffset CreatedAt);
