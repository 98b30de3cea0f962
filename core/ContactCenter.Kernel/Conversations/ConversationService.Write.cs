using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Agents write: replies (handed to the channel, with their files) and private notes, idempotent per client message id;
/// files are stored encrypted before the message is committed and removed again when it is not.
/// </summary>
internal sealed partial class ConversationService
{
    public ValueTask<ConversationMessage> WriteAsync(string conversationId, AgentMessage message, CancellationToken cancellationToken = default) =>
        WriteAsync(conversationId, message, [], cancellationToken);

    public async ValueTask<ConversationMessage> WriteAsync(string conversationId, AgentMessage message, IReadOnlyList<InboundAttachment> attachments,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(attachments);
        var errors = new Dictionary<string, string[]>();
        ConversationLimits.Text(errors, message.Text, optional: attachments.Count > 0);
        AttachmentRules.Check(errors, attachments);
        ConversationLimits.SourceId(errors, "clientMessageId", message.ClientMessageId);
        if (string.IsNullOrWhiteSpace(message.AgentId))
        {
            errors["agentId"] = ["Required."];
        }

        ConversationLimits.ThrowIfAny(errors);
        var sourceKey = protector.LookupHash($"{conversationId}\n{message.ClientMessageId}", AgentMessagePurpose);
        IReadOnlyList<AttachmentDraft>? stored = null;
        try
        {
            return await WriteCheckedAsync(conversationId, message, sourceKey, async () =>
                stored ??= attachments.Count == 0 ? [] : await StoreAttachmentsAsync(attachments, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseUnlessCommittedAsync(stored, sourceKey).ConfigureAwait(false);
        }
    }

    private async ValueTask<ConversationMessage> WriteCheckedAsync(string conversationId, AgentMessage message, string sourceKey,
        Func<Task<IReadOnlyList<AttachmentDraft>>> storeAttachments, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindBySourceKeyAsync(sourceKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return await OpenAsync(existing.Id, existing.Value, cancellationToken).ConfigureAwait(false);
            }

            var current = await OpenConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (current.Value.AgentId != message.AgentId)
            {
                // Also the case of an agent who transferred it away: the conversation is no longer theirs to write in.
                throw new PermissionDeniedException("conversation.not-yours", null, "Only the agent who took the conversation may write in it.");
            }

            var kind = message.Note ? MessageKind.PrivateNote : MessageKind.Outgoing;
            try
            {
                var draft = new Draft(kind, message.Text ?? string.Empty, message.ClientMessageId, sourceKey, message.AgentId, await storeAttachments().ConfigureAwait(false));
                var (conversation, added) = await AppendAsync(current, draft, c => c, cancellationToken).ConfigureAwait(false);
                return message.Note ? added : await DeliverAsync(conversation, added, message.Options, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // A customer message or another reply took the sequence; read again.
            }
        }
    }

    private async ValueTask<ConversationMessage> DeliverAsync(Conversation conversation, ConversationMessage message, IReadOnlyDictionary<string, string>? options,
        CancellationToken cancellationToken)
    {
        var inbox = await GetInboxAsync(conversation.InboxId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("inbox", conversation.InboxId);
        var outbound = new OutboundMessage { InteractionId = conversation.InteractionId, ClientMessageId = message.Id, Text = message.Text, AgentId = message.AgentId,
            Options = options ?? new Dictionary<string, string>(), ConversationId = conversation.Id, Attachments = message.Attachments,
        };
        var result = await channels.SendAsync(inbox.ChannelPluginId, inbox.ChannelName, outbound, cancellationToken).ConfigureAwait(false);
        return await SetStatusAsync(null, message.Id, result.Accepted ? DeliveryStatus.Sent : DeliveryStatus.Failed, result.Accepted ? null : result.Error,
            cancellationToken).ConfigureAwait(false);
    }
}
