using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// A plugin's <see cref="IConversationService"/>: inboxes it opens are its own (<c>{pluginId}.{channel}</c>), it ingests
/// only into its own inboxes, and it reads or updates only its own inboxes' conversations and messages.
/// </summary>
internal sealed class PluginConversationService(string pluginId, Lazy<IKernelConversationService?> kernel) : IConversationService
{
    private IKernelConversationService Kernel =>
        kernel.Value ?? throw new InvalidOperationException("The conversation service is not available in this host.");

    public ValueTask<Inbox> OpenInboxAsync(InboxRequest request, CancellationToken cancellationToken = default) =>
        Kernel.OpenInboxAsync(pluginId, request, cancellationToken);

    public ValueTask<IngestResult> IngestAsync(InboundMessage message, CancellationToken cancellationToken = default) =>
        Kernel.IngestAsync(pluginId, message, cancellationToken);

    public async ValueTask<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        await Kernel.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } conversation && Owns(conversation) ? conversation : null;

    public async ValueTask<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default) =>
        await GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is null
            ? []
            : await Kernel.GetMessagesAsync(conversationId, afterSequence, includeNotes: false, cancellationToken).ConfigureAwait(false);

    public ValueTask<ConversationMessage> UpdateStatusAsync(string messageId, DeliveryStatus status, CancellationToken cancellationToken = default) =>
        Kernel.UpdateStatusAsync(pluginId, messageId, status, cancellationToken);

    public ValueTask<AttachmentContent?> OpenAttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken = default) =>
        Kernel.OpenAttachmentAsync(pluginId, conversationId, attachmentId, cancellationToken);

    private bool Owns(Conversation conversation) => InboxIds.PluginOf(conversation.InboxId) == pluginId;
}
