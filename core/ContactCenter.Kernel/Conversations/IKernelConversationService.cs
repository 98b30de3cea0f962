using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// The kernel's conversations: what channel plugins do (on behalf of a plugin id) and what agents do. Every change is
/// one store batch with its event in the log, published after it is durable (ids only: texts stay encrypted).
/// </summary>
public interface IKernelConversationService
{
    /// <summary>Opens or re-binds the inbox of a plugin's channel.</summary>
    ValueTask<Inbox> OpenInboxAsync(string pluginId, InboxRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads an inbox.</summary>
    ValueTask<Inbox?> GetInboxAsync(string inboxId, CancellationToken cancellationToken = default);

    /// <summary>Ingests a customer's message for a plugin (idempotent per inbox and source message id).</summary>
    ValueTask<IngestResult> IngestAsync(string pluginId, InboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Reads a conversation.</summary>
    ValueTask<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Lists conversations, most recently updated first, optionally by status and agent.</summary>
    ValueTask<IReadOnlyList<Conversation>> ListAsync(ConversationStatus? status, string? agentId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Reads messages after a sequence, oldest first; private notes only when <paramref name="includeNotes"/>.</summary>
    ValueTask<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, long afterSequence, bool includeNotes, CancellationToken cancellationToken = default);

    /// <summary>Moves a message's delivery status forward (a plugin may only touch its own inboxes' messages).</summary>
    ValueTask<ConversationMessage> UpdateStatusAsync(string? pluginId, string messageId, DeliveryStatus status, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="UpdateStatusAsync(string?, string, DeliveryStatus, CancellationToken)"/>, keeping the channel's reason for a failure.</summary>
    ValueTask<ConversationMessage> UpdateStatusAsync(string? pluginId, string messageId, DeliveryStatus status, string? failureReason, CancellationToken cancellationToken = default);

    /// <summary>
    /// A plugin adds an automatic outgoing message (stored as sent, not handed to the channel) or an activity to one of
    /// its own conversations, open or closed; the same key in the same conversation answers the first message with
    /// <c>Duplicate</c> set and creates nothing.
    /// </summary>
    ValueTask<(ConversationMessage Message, bool Duplicate)> AddAutomaticAsync(string pluginId, AutomaticMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens an attachment; for a plugin (<paramref name="pluginId"/> not null) only in its own inboxes' conversations and
    /// never from a private note. <see langword="null"/> when there is no such attachment.
    /// </summary>
    ValueTask<AttachmentContent?> OpenAttachmentAsync(string? pluginId, string conversationId, string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>The agent the conversation was offered to takes it: the offer is accepted and the agent joins.</summary>
    ValueTask<Conversation> TakeAsync(string conversationId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>The conversation's agent replies (handed to the channel) or writes a private note (never sent).</summary>
    ValueTask<ConversationMessage> WriteAsync(string conversationId, AgentMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="WriteAsync(string, AgentMessage, CancellationToken)"/>, with files: checked by the same rules as a
    /// customer's (type allow-list, size per type, content signature), stored encrypted before the message is committed
    /// and removed again when it is not; the text may then be empty. The channel gets them in <c>OutboundMessage.Attachments</c>.
    /// </summary>
    ValueTask<ConversationMessage> WriteAsync(string conversationId, AgentMessage message, IReadOnlyList<InboundAttachment> attachments,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// A supervisor writes a coaching note to the conversation's agent: stored as a private note with the supervisor as
    /// author, never handed to the channel nor shown to the customer. Refused when nobody has taken the conversation yet.
    /// </summary>
    ValueTask<ConversationMessage> CoachAsync(string conversationId, SupervisorNote note, CancellationToken cancellationToken = default);

    /// <summary>
    /// The conversation's agent hands it to a queue or another (signed-in) agent through the interaction's transfer, with
    /// an optional private note for the receiving agent; the agent can no longer write in it. The conversation, its
    /// messages and its contact stay the same. Refused with nothing changed: closed (409), not the caller's (403), an
    /// unknown target (400), an offline agent (409).
    /// </summary>
    ValueTask<Conversation> TransferAsync(string conversationId, ConversationTransfer transfer, CancellationToken cancellationToken = default);

    /// <summary>Closes the conversation and its interaction; the customer's next message starts a new one.</summary>
    ValueTask<Conversation> CloseAsync(string conversationId, DispositionRef? disposition, CancellationToken cancellationToken = default);
}
