using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Transfers: the interaction moves on through the lifecycle's transfer (a new leg, queued or offered), then the
/// conversation drops its agent (who can no longer write) and keeps the optional note for whoever takes it next.
/// The conversation, its messages and its contact stay the same.
/// </summary>
internal sealed partial class ConversationService
{
    public async ValueTask<Conversation> TransferAsync(string conversationId, ConversationTransfer transfer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        CheckTransfer(transfer);
        var current = (IsId(conversationId) ? await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) : null)
            ?? throw new EntityNotFoundException("conversation", conversationId);
        if (current.Value.Status == ConversationStatus.Closed)
        {
            throw new ConversationConflictException("conversation.closed", "The conversation is closed: there is nothing to transfer.");
        }

        if (current.Value.AgentId != transfer.AgentId)
        {
            throw new PermissionDeniedException("conversation.not-yours", null,
                $"Only the agent who has taken the conversation may transfer it; agent '{transfer.AgentId}' has not.");
        }

        await CheckTargetAsync(transfer, cancellationToken).ConfigureAwait(false);
        var target = transfer.ToQueueId is { } queueId ? TransferTarget.ToQueue(queueId, transfer.Reason) : TransferTarget.ToAgent(transfer.ToAgentId!, transfer.Reason);

        // The lifecycle checks and commits first: when it refuses, nothing of the conversation has changed either.
        await interactions.TransferAsync(current.Value.InteractionId, target, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CommitTransferAsync(current, transfer, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                current = await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false)
                    ?? throw new EntityNotFoundException("conversation", conversationId);
                if (current.Value.AgentId != transfer.AgentId)
                {
                    // The receiving agent took it meanwhile (or it was closed): the hand-over is done.
                    return current.Value.ToConversation(current.Id);
                }
            }
        }
    }

    private static void CheckTransfer(ConversationTransfer transfer)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(transfer.AgentId))
        {
            errors["agentId"] = ["Required."];
        }

        if ((transfer.ToQueueId is null) == (transfer.ToAgentId is null))
        {
            errors["to"] = ["Name exactly one of toQueueId and toAgentId."];
        }

        ConversationLimits.Text(errors, transfer.Note, optional: true, field: "note");
        ConversationLimits.ThrowIfAny(errors);
    }

    private async ValueTask CheckTargetAsync(ConversationTransfer transfer, CancellationToken cancellationToken)
    {
        if (transfer.ToQueueId is { } queueId)
        {
            if (!DirectoryIds.IsValid(queueId) || await directory.Queues.GetAsync(queueId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new InvalidRequestException("toQueueId", $"Unknown queue '{queueId}'.");
            }

            return;
        }

        var agentId = transfer.ToAgentId!;
        if (!DirectoryIds.IsValid(agentId) || await directory.Agents.GetAsync(agentId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new InvalidRequestException("toAgentId", $"Unknown agent '{agentId}'.");
        }

        if (agentId == transfer.AgentId)
        {
            throw new InvalidRequestException("toAgentId", "The conversation is already with that agent.");
        }

        // An offline agent would leave the customer waiting for someone who is not there; the sender learns it at once.
        if ((await presence.GetAsync(agentId, cancellationToken).ConfigureAwait(false)).StatusId == PresenceStatusDefinition.OfflineId)
        {
            throw new ConversationConflictException("conversation.agent-offline",
                $"Agent '{agentId}' is offline: transfer to a queue, or to an agent who is signed in.");
        }
    }

    private async ValueTask<Conversation> CommitTransferAsync(Versioned<ConversationDocument> current, ConversationTransfer transfer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var batch = new WriteBatch();
        var noteId = string.IsNullOrEmpty(transfer.Note) ? null : MessageDocument.Id(current.Id, current.Value.LastSequence + 1);
        var transferred = new ConversationTransferred(current.Id, current.Value.InteractionId, transfer.AgentId!, transfer.ToQueueId, transfer.ToAgentId, noteId, now);
        ConversationEvents.Append(batch, current.Id, ConversationTransferred.EventType, transferred, now);
        Conversation result;
        if (noteId is null)
        {
            var next = current.Value with { AgentId = null, UpdatedAt = now };
            batch.Replace(Conversations, current.Id, _conversations.Serialize(next), current.Version);
            await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
            result = next.ToConversation(current.Id);
        }
        else
        {
            var note = new Draft(MessageKind.PrivateNote, transfer.Note!, null, null, transfer.AgentId);
            result = (await CommitAppendAsync(batch, current.Id, current.Value, note, current.Version, c => c with { AgentId = null }, cancellationToken)
                .ConfigureAwait(false)).Conversation;
        }

        await events.PublishAsync(current.Id, ConversationTransferred.EventType, transferred, now, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
