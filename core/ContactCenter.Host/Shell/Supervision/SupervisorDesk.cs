using System.Security.Claims;
using ContactCenter.Host.Api.Metrics;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// What the supervisor does from the wallboard, as calls on the kernel's services: read the metrics and the agents of
/// their teams, and coach (a private note on a chat, listen/whisper/barge on a call through the voice channel's
/// contract). Every coaching action is checked against the supervisor's teams and permission and audited, refusals too.
/// </summary>
internal sealed partial class SupervisorDesk(
    IDirectory directory, IPresenceService presence, IKernelInteractionService interactions, IKernelConversationService conversations,
    IMetricsReader metrics, MetricsVisibility visibility, TeamScope scope, IAuditLog audit, VoiceMonitoring voice, SupervisionNotices notices)
{
    /// <summary>Whether <paramref name="user"/> may open the wallboard.</summary>
    public static bool MayMonitor(ClaimsPrincipal user) => user.Has(Permissions.MonitoringRead);

    public async Task<WallboardView> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var snapshot = await visibility.ForAsync(user, metrics.Snapshot(null), cancellationToken).ConfigureAwait(false);
        var handled = snapshot.Entries.Where(e => e.Scope is MetricScope.Team or MetricScope.Center)
            .SelectMany(e => e.HandledTodayByAgent).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(p => p.Value), StringComparer.Ordinal);
        var teams = TeamScope.TeamsOf(user);
        var agents = (await directory.Agents.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(a => !TeamScope.IsScoped(user) || a.TeamIds.Any(teams.Contains)).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture);
        var rows = new List<AgentRow>();
        foreach (var agent in agents)
        {
            var current = await presence.GetAsync(agent.Id, cancellationToken).ConfigureAwait(false);
            var work = current.Work.FirstOrDefault(w => w.Phase is AgentWorkPhase.Connected) ?? current.Work.FirstOrDefault(w => w.Phase is AgentWorkPhase.WrapUp);
            var interaction = work is null ? null : await interactions.GetAsync(work.InteractionId, cancellationToken).ConfigureAwait(false);
            rows.Add(new AgentRow(agent.Id, agent.DisplayName, current, interaction, handled.GetValueOrDefault(agent.Id)));
        }

        return new WallboardView(snapshot, rows);
    }

    /// <summary>Writes a private note to the agent of a chat interaction (never sent to the customer).</summary>
    public async Task<CoachOutcome> NoteAsync(ClaimsPrincipal user, string interactionId, string text, string clientMessageId, CancellationToken cancellationToken)
    {
        var actor = Actor(user);
        var target = $"interaction/{interactionId}";
        if (await RefuseAsync(user, actor, "supervision.note", target, interactionId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var interaction = (await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false))!;
        if (AgentDesk.ConversationId(interaction) is not { } conversationId)
        {
            return await DeniedAsync(actor, "supervision.note", target, new CoachOutcome(false, "not a conversation"), AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var note = await conversations.CoachAsync(conversationId, new SupervisorNote(Author(user), text, clientMessageId), cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(new AuditEntry(actor, "supervision.note", target) { Detail = $"message {note.Id}" }, cancellationToken).ConfigureAwait(false);
            return CoachOutcome.Ok;
        }
        catch (EntityNotFoundException)
        {
            return await DeniedAsync(actor, "supervision.note", target, new CoachOutcome(false, "not a conversation"), AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException ex)
        {
            return await DeniedAsync(actor, "supervision.note", target, new CoachOutcome(false, ex.Message), AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Listens, whispers or barges on a voice interaction from the supervisor's registered phone.</summary>
    public async Task<CoachOutcome> MonitorAsync(ClaimsPrincipal user, string interactionId, ParticipationMode mode, CancellationToken cancellationToken)
    {
        var actor = Actor(user);
        var action = $"supervision.{mode.ToString().ToLowerInvariant()}";
        var target = $"interaction/{interactionId}";
        if (await RefuseAsync(user, actor, action, target, interactionId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var outcome = await voice.MonitorAsync(interactionId, Author(user), mode, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(new AuditEntry(actor, action, target) { Outcome = outcome.Done ? AuditOutcomes.Success : AuditOutcomes.Failure, Detail = outcome.Reason },
            cancellationToken).ConfigureAwait(false);
        if (outcome.Done)
        {
            await notices.TellAsync(interactionId, actor, Author(user), SupervisionNotices.KindOf(mode), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Stops listening, whispering or barging on a call; the agent's shell stops showing the supervisor.</summary>
    public async Task<CoachOutcome> StopMonitorAsync(ClaimsPrincipal user, string interactionId, CancellationToken cancellationToken)
    {
        var actor = Actor(user);
        const string action = "supervision.stop";
        var target = $"interaction/{interactionId}";
        if (await RefuseAsync(user, actor, action, target, interactionId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var outcome = await voice.StopAsync(interactionId, Author(user), cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(new AuditEntry(actor, action, target) { Outcome = outcome.Done ? AuditOutcomes.Success : AuditOutcomes.Failure, Detail = outcome.Reason },
            cancellationToken).ConfigureAwait(false);

        // Told even when the voice channel no longer knows the leg (the call ended): the agent must not keep a stale notice.
        await notices.TellAsync(interactionId, actor, Author(user), null, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<CoachOutcome?> RefuseAsync(ClaimsPrincipal user, string actor, string action, string target, string interactionId, CancellationToken cancellationToken)
    {
        if (!user.Has(Permissions.MonitoringIntervene))
        {
            return await DeniedAsync(actor, action, target, new CoachOutcome(false, "permission monitoring.intervene required"), AuditOutcomes.Denied, cancellationToken).ConfigureAwait(false);
        }

        var interaction = await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
        if (interaction is null || !await scope.CanSeeInteractionAsync(user, interaction, cancellationToken).ConfigureAwait(false))
        {
            // An unknown id and another team's contact look the same, so the refusal tells nothing about other teams.
            return await DeniedAsync(actor, action, target, CoachOutcome.NotMine, AuditOutcomes.Denied, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task<CoachOutcome> DeniedAsync(string actor, string action, string target, CoachOutcome outcome, string result, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditEntry(actor, action, target) { Outcome = result, Detail = outcome.Reason }, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private static string Actor(ClaimsPrincipal user) => AuditTrailMiddleware.ActorOf(user);

    /// <summary>The supervisor as notes and the voice channel name them: their user name.</summary>
    private static string Author(ClaimsPrincipal user) => user.Identity?.Name ?? Actor(user);
}
