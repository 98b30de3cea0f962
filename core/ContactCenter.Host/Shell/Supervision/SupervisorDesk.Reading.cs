using System.Security.Claims;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Kernel.Audit;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>Reading an agent's live chat from the wallboard: the agent is told while the supervisor has it open.</summary>
internal sealed partial class SupervisorDesk
{
    private const string ReadAction = "supervision.read";

    /// <summary>
    /// The supervisor opened the chat of <paramref name="interactionId"/> (the private-note form): checked like every
    /// coaching action, audited as <c>supervision.read</c>, and the agent's shell shows "Supervisor X is reading this chat".
    /// </summary>
    public async Task<CoachOutcome> StartReadingAsync(ClaimsPrincipal user, string interactionId, CancellationToken cancellationToken)
    {
        var actor = Actor(user);
        var target = $"interaction/{interactionId}";
        if (await RefuseAsync(user, actor, ReadAction, target, interactionId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (AgentDesk.ConversationId((await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false))!) is null)
        {
            return await DeniedAsync(actor, ReadAction, target, new CoachOutcome(false, "not a conversation"), AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }

        await audit.AppendAsync(new AuditEntry(actor, ReadAction, target), cancellationToken).ConfigureAwait(false);
        await notices.TellAsync(interactionId, actor, Author(user), SupervisionKind.Reading, cancellationToken).ConfigureAwait(false);
        return CoachOutcome.Ok;
    }

    /// <summary>The supervisor closed the chat (or left the wallboard): the agent's notice goes. Nothing to check or audit.</summary>
    public Task StopReadingAsync(ClaimsPrincipal user, string interactionId, CancellationToken cancellationToken) =>
        notices.TellAsync(interactionId, Actor(user), Author(user), null, cancellationToken);
}
