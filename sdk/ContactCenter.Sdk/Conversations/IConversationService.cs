namespace ContactCenter.Sdk.Conversations;

/// <summary>
/// The kernel's conversations, as a channel plugin sees them: inboxes of its own channels, customer messages ingested
/// idempotently (each conversation becomes an interaction and is routed like a call), history to resume from, and
/// delivery statuses. Message texts are stored encrypted. Agents reply through the kernel's API; the kernel hands
/// replies to the channel's <see cref="Channels.IChannel.SendAsync"/>.
/// </summary>
public interface IConversationService
{
    /// <summary>Opens the inbox of one of the plugin's channels, or re-binds it to another service line or queue.</summary>
    /// <param name="request">The channel, service line and queue.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The inbox.</returns>
    /// <exception cref="Errors.InvalidRequestException">A field is invalid, or the service line or queue does not exist.</exception>
    ValueTask<Inbox> OpenInboxAsync(InboxRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a customer's message: in the open conversation of its source thread, or in a new one whose interaction is
    /// created and queued. The same <see cref="InboundMessage.SourceMessageId"/> again creates nothing.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, the message and whether it was a redelivery.</returns>
    /// <exception cref="Errors.InvalidRequestException">A field is invalid (empty or too long); nothing is stored.</exception>
    /// <exception cref="Errors.EntityNotFoundException">The inbox is not one of the plugin's.</exception>
    ValueTask<IngestResult> IngestAsync(InboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Reads a conversation.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, or <see langword="null"/> when there is none.</returns>
    ValueTask<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Reads the messages a customer may see (not private notes) after a sequence, in order.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="afterSequence">The last sequence the caller has; 0 for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages, oldest first.</returns>
    ValueTask<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>Records how far a message got; a status that would move it backwards changes nothing.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="status">The new status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message after the call.</returns>
    /// <exception cref="Errors.EntityNotFoundException">There is no such message.</exception>
    ValueTask<ConversationMessage> UpdateStatusAsync(string messageId, DeliveryStatus status, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a message <see cref="DeliveryStatus.Failed"/> with the channel's reason (a bounce's status and diagnostic),
    /// which the agent reads beside the failed status: keep it free of personal data. A message already delivered or
    /// read stays as it is. The default implementation, for a host that keeps no reasons, drops the reason.
    /// </summary>
    /// <param name="messageId">The message.</param>
    /// <param name="failureReason">Why it failed; control characters are removed, spaces joined and it is cut to 500 characters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message after the call.</returns>
    /// <exception cref="Errors.EntityNotFoundException">There is no such message.</exception>
    ValueTask<ConversationMessage> MarkFailedAsync(string messageId, string? failureReason, CancellationToken cancellationToken = default) =>
        UpdateStatusAsync(messageId, DeliveryStatus.Failed, cancellationToken);

    /// <summary>
    /// Adds an outgoing message the plugin sent by itself, or an activity, to one of its conversations (see
    /// <see cref="AutomaticMessage"/>): stored with <see cref="ConversationMessage.Automatic"/> set, audited, and
    /// announced to the conversation's agent; never handed to the channel. The same key again creates nothing. The
    /// default implementation, for a host without the call, stores nothing and answers <see langword="null"/>.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored message (the one stored the first time, for a repeated key), or <see langword="null"/> when the host cannot store it.</returns>
    /// <exception cref="Errors.InvalidRequestException">A field is invalid (kind, empty or too long text or key); nothing is stored.</exception>
    /// <exception cref="Errors.EntityNotFoundException">The conversation is not one of the plugin's.</exception>
    ValueTask<ConversationMessage?> AddAutomaticAsync(AutomaticMessage message, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<ConversationMessage?>(null);

    /// <summary>
    /// Opens an attachment of one of the plugin's conversations, for instance to send an agent's file out. The default
    /// implementation, for a host without attachments, answers <see langword="null"/>.
    /// </summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="attachmentId">The attachment (<see cref="MessageAttachment.Id"/>).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The attachment and its bytes, or <see langword="null"/> when there is none in a conversation of the plugin.</returns>
    ValueTask<AttachmentContent?> OpenAttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<AttachmentContent?>(null);
}
