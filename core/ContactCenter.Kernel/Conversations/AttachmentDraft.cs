namespace ContactCenter.Kernel.Conversations;

/// <summary>An attachment already stored as a blob, about to be appended with its message.</summary>
internal sealed record AttachmentDraft(string BlobId, string FileName, string ContentType, long Length);
