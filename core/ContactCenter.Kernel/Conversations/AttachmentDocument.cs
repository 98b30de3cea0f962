namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// A stored attachment inside its <see cref="MessageDocument"/>: the bytes are a blob (encrypted at rest), the file name
/// is encrypted with the message id and attachment id bound as context; type and length are not personal data.
/// </summary>
internal sealed record AttachmentDocument(string Id, string BlobId, string FileName, string ContentType, long Length)
{
    public static string FileNameContext(string messageId, string attachmentId) => $"message/{messageId}/attachment/{attachmentId}/name";
}
