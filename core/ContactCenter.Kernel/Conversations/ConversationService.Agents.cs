using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>What agents do: take a conversation offered to them, write replies and notes, close it.</summary>
internal sealed partial class ConversationService
{
    private const string AgentMessagePurpose = "conversation-agent-message";

    public async ValueTask<Conversation> TakeAsync(string conversationId, string agentId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(agentId))
        {
            throw new InvalidRequestException("agentId", "Required.");
        }

        var current = await OpenConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var interaction = await interactions.GetAsync(current.Value.InteractionId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("interaction", current.Value.InteractionId);
        if (interaction.State is not (InteractionState.Connected or InteractionState.Held) || interaction.AgentId != agentId)
        {
            // Only the agent routing offered it may take it; the lifecycle refuses anyone else with a clear transition error.
            await interactions.AcceptOfferAsync(interaction.Id, agentId, cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (current.Value.AgentId == agentId)
            {
                return current.Value.ToConversation(current.Id);
            }

            try
            {
                var joined = new Draft(MessageKind.Activity, ActivityCodes.AgentJoined, null, null, agentId);
                return (await AppendAsync(current, joined, c => c with { AgentId = agentId }, cancellationToken).ConfigureAwait(false)).Conversation;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                current = await OpenConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask<ConversationMessage> WriteAsync(string conversationId, AgentMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new Dictionary<string, string[]>();
        ConversationLimits.Text(errors, message.Text);
        ConversationLimits.SourceId(errors, "clientMessageId", message.ClientMessageId);
        if (string.IsNullOrWhiteSpace(message.AgentId))
        {
            errors["agentId"] = ["Required."];
        }

        ConversationLimits.ThrowIfAny(errors);
        var sourceKey = protector.LookupHash($"{conversationId}\n{message.ClientMessageId}", AgentMessagePurpose);
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
                var (conversation, added) = await AppendAsync(current, new Draft(kind, message.Text, message.ClientMessageId, sourceKey, message.AgentId), c => c,
                    cancellationToken).ConfigureAwait(false);
                return message.Note ? added : await DeliverAsync(conversation, added, message.Options, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // A customer message or another reply took the sequence; read again.
            }
        }
    }

    public async ValueTask<Conversation> CloseAsync(string conversationId, DispositionRef? disposition, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = (IsId(conversationId) ? await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) : null)
                ?? throw new EntityNotFoundException("conversation", conversationId);
            if (current.Value.Status == ConversationStatus.Closed)
            {
                return current.Value.ToConversation(current.Id);
            }

            await CloseInteractionAsync(current.Value.InteractionId, disposition, cancellationToken).ConfigureAwait(false);
            try
            {
                var closed = new Draft(MessageKind.Activity, ActivityCodes.Closed, null, null, current.Value.AgentId);
                return (await AppendAsync(current, closed, c => c with { Status = ConversationStatus.Closed }, cancellationToken).ConfigureAwait(false)).Conversation;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // A message arrived meanwhile; the interaction is already closed, so the next attempt only records it.
            }
        }
    }

    private async ValueTask CloseInteractionAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken)
    {
        var interaction = await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
        switch (interaction?.State)
        {
            case InteractionState.Connected or InteractionState.Held:
                await interactions.EndContactAsync(interactionId, cancellationToken).ConfigureAwait(false);
                await interactions.CloseAsync(interactionId, disposition, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionState.WrapUp:
                await interactions.CloseAsync(interactionId, disposition, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionState.Created or InteractionState.SelfService or InteractionState.Queued or InteractionState.Offered:
                await interactions.AbandonAsync(interactionId, "conversation closed", cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }
    }

    private async ValueTask<ConversationMessage> DeliverAsync(Conversation conversation, ConversationMessage message, IReadOnlyDictionary<string, string>? options,
        CancellationToken cancellationToken)
    {
        var inbox = await GetInboxAsync(conversation.InboxId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("inbox", conversation.InboxId);
        var outbound = new OutboundMessage { InteractionId = conversation.InteractionId, ClientMessageId = message.Id, Text = message.Text, AgentId = message.AgentId,
            Options = options ?? new Dictionary<string, string>(),
        };
        var result = await channels.SendAsync(inbox.ChannelPluginId, inbox.ChannelName, outbound, cancellationToken).ConfigureAwait(false);
        return await SetStatusAsync(null, message.Id, result.Accepted ? DeliveryStatus.Sent : DeliveryStatus.Failed, result.Accepted ? null : result.Error,
            cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Versioned<ConversationDocument>> OpenConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var current = (IsId(conversationId) ? await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) : null)
            ?? throw new EntityNotFoundException("conversation", conversationId);
        return current.Value.Status == ConversationStatus.Open
            ? current
            : throw new InvalidRequestException("conversationId", "The conversation is closed.");
    }
}
