using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// Reads a live conversation for the wallboard with the coaching actions' checks (<c>monitoring.intervene</c>, the
/// supervisor's teams). Opening it is audited once, as <c>supervision.read</c>, by <see cref="SupervisorDesk.StartReadingAsync"/>;
/// the reads that follow as messages arrive are not audited again.
/// </summary>
internal sealed class ChatTranscripts(IKernelInteractionService interactions, IKernelConversationService conversations, TeamScope scope) : IChatTranscripts
{
    public async Task<TranscriptRead?> ReadAsync(ClaimsPrincipal supervisor, string interactionId, long afterSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        if (!supervisor.Has(Permissions.MonitoringIntervene) || string.IsNullOrWhiteSpace(interactionId)
            || await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false) is not { } interaction
            || !await scope.CanSeeInteractionAsync(supervisor, interaction, cancellationToken).ConfigureAwait(false)
            || AgentDesk.ConversationId(interaction) is not { } conversationId
            || await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var messages = await conversations.GetMessagesAsync(conversationId, afterSequence, includeNotes: true, cancellationToken).ConfigureAwait(false);
        return new TranscriptRead(conversationId, messages);
    }
}
