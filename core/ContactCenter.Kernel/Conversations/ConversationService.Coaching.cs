using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Coaching: a supervisor's private note to the conversation's agent.</summary>
internal sealed partial class ConversationService
{
    private const string SupervisorNotePurpose = "conversation-supervisor-note";

    public async ValueTask<ConversationMessage> CoachAsync(string conversationId, SupervisorNote note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        var errors = new Dictionary<string, string[]>();
        ConversationLimits.Text(errors, note.Text);
        ConversationLimits.SourceId(errors, "clientMessageId", note.ClientMessageId);
        if (string.IsNullOrWhiteSpace(note.SupervisorId))
        {
            errors["supervisorId"] = ["Required."];
        }

        ConversationLimits.ThrowIfAny(errors);
        var sourceKey = protector.LookupHash($"{conversationId}\n{note.SupervisorId}\n{note.ClientMessageId}", SupervisorNotePurpose);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindBySourceKeyAsync(sourceKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return await OpenAsync(existing.Id, existing.Value, cancellationToken).ConfigureAwait(false);
            }

            var current = await OpenConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (current.Value.AgentId is null)
            {
                // A note nobody reads is no coaching; the supervisor learns it at once.
                throw new InvalidRequestException("conversationId", "No agent has taken this conversation yet.");
            }

            try
            {
                var draft = new Draft(MessageKind.PrivateNote, note.Text, note.ClientMessageId, sourceKey, AgentId: null, SupervisorId: note.SupervisorId);
                return (await AppendAsync(current, draft, c => c, cancellationToken).ConfigureAwait(false)).Message;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // A customer message or a reply took the sequence; read again.
            }
        }
    }
}
