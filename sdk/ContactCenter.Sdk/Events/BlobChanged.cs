namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.BlobChanged"/>.</summary>
/// <param name="BlobId">The blob.</param>
/// <param name="Change">Created or deleted (blobs are immutable).</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Owner">Who stored it: <c>kernel</c> or <c>plugin/{id}</c>.</param>
/// <param name="At">When.</param>
public sealed record BlobChanged(string BlobId, DataChange Change, long Length, string Owner, DateTimeOffset At);
