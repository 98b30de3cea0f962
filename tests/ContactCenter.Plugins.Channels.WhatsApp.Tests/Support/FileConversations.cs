using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>The kernel's side for the media sender's unit tests: it only opens the files it was given, counting the opens.</summary>
internal sealed class FileConversations(string conversationId, IReadOnlyDictionary<string, (MessageAttachment Attachment, byte[] Content)> files)
    : IConversationService
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    public ValueTask<AttachmentContent?> OpenAttachmentAsync(string conversationId1, string attachmentId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opened);
        return ValueTask.FromResult(conversationId1 == conversationId && files.TryGetValue(attachmentId, out var file)
            ? new AttachmentContent(file.Attachment, new MemoryStream(file.Content, writable: false))
            : null);
    }

    public ValueTask<Inbox> OpenInboxAsync(InboxRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IngestResult> IngestAsync(InboundMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<Conversation?> GetAsync(string conversationId1, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId1, long afterSequence, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask<ConversationMessage> UpdateStatusAsync(string messageId, DeliveryStatus status, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
