using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>What agents do: take a conversation offered to them, close it (writing is in <c>ConversationService.Write</c>).</summary>
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

    private async ValueTask<Versioned<ConversationDocument>> OpenConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var current = (IsId(conversationId) ? await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) : null)
            ?? throw new EntityNotFoundException("conversation", conversationId);
        return current.Value.Status == ConversationStatus.Open
            ? current
            : throw new InvalidRequestException("conversationId", "The conversation is closed.");
    }
}
