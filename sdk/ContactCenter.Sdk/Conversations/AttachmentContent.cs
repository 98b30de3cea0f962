namespace ContactCenter.Sdk.Conversations;

/// <summary>An attachment opened for reading. Dispose it to release the stream.</summary>
/// <param name="Attachment">What it is.</param>
/// <param name="Content">Its bytes, decrypted and checked while read.</param>
public sealed record AttachmentContent(MessageAttachment Attachment, Stream Content) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
