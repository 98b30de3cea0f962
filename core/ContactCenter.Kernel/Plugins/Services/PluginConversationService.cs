using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk.Conversations;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// A plugin's <see cref="IConversationService"/>: inboxes it opens are its own (<c>{pluginId}.{channel}</c>), it ingests
/// only into its own inboxes, and it reads or updates only its own inboxes' conversations and messages. Conversations are
/// interactions (the API guards them with the same permissions): opening inboxes, ingesting and delivery statuses need
/// <c>interactions.write</c>, reading conversations, messages and attachments <c>interactions.read</c>. An automatic message
/// the plugin adds is audited (<c>conversation.automatic.added</c>, ids and kind only) the first time it is stored.
/// </summary>
internal sealed class PluginConversationService(string pluginId, Lazy<IKernelConversationService?> kernel, PluginPermissionGuard guard, Lazy<IAuditLog?> audit)
    : IConversationService
{
    private IKernelConversationService Kernel =>
        kernel.Value ?? throw new InvalidOperationException("The conversation service is not available in this host.");

    public async ValueTask<Inbox> OpenInboxAsync(InboxRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsWrite, "open an inbox", cancellationToken).ConfigureAwait(false);
        return await Kernel.OpenInboxAsync(pluginId, request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IngestResult> IngestAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsWrite, "ingest a message", cancellationToken).ConfigureAwait(false);
        return await Kernel.IngestAsync(pluginId, message, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsRead, "read a conversation", cancellationToken).ConfigureAwait(false);
        return await Kernel.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } conversation && Owns(conversation) ? conversation : null;
    }

    public async ValueTask<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default) =>
        await GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is null
            ? []
            : await Kernel.GetMessagesAsync(conversationId, afterSequence, includeNotes: false, cancellationToken).ConfigureAwait(false);

    public async ValueTask<ConversationMessage> UpdateStatusAsync(string messageId, DeliveryStatus status, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsWrite, "update a delivery status", cancellationToken).ConfigureAwait(false);
        return await Kernel.UpdateStatusAsync(pluginId, messageId, status, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ConversationMessage> MarkFailedAsync(string messageId, string? failureReason, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsWrite, "update a delivery status", cancellationToken).ConfigureAwait(false);
        return await Kernel.UpdateStatusAsync(pluginId, messageId, DeliveryStatus.Failed, failureReason, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ConversationMessage?> AddAutomaticAsync(AutomaticMessage message, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsWrite, "add a message", cancellationToken).ConfigureAwait(false);
        var (added, duplicate) = await Kernel.AddAutomaticAsync(pluginId, message, cancellationToken).ConfigureAwait(false);
        if (!duplicate && audit.Value is { } log)
        {
            await log.AppendAsync(new AuditEntry(AuditActor.Current ?? $"plugin:{pluginId}", "conversation.automatic.added", $"conversation/{added.ConversationId}")
            {
                Detail = $"{added.Kind} message {added.Id} by plugin {pluginId}",
                AfterDigest = AuditHashing.Digest(added.Id),
                CorrelationId = AuditActor.CorrelationId,
            }, CancellationToken.None).ConfigureAwait(false);
        }

        return added;
    }

    public async ValueTask<AttachmentContent?> OpenAttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(InteractionsRead, "open an attachment", cancellationToken).ConfigureAwait(false);
        return await Kernel.OpenAttachmentAsync(pluginId, conversationId, attachmentId, cancellationToken).ConfigureAwait(false);
    }

    private bool Owns(Conversation conversation) => InboxIds.PluginOf(conversation.InboxId) == pluginId;
}
