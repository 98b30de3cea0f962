using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// A supervisor moves work nobody has taken yet (wallboard, hub and REST share it): a queued interaction to an agent,
/// an offered one to another agent or back to a queue, through the kernel's <see cref="IInteractionReassignment"/>.
/// Needs <c>monitoring.intervene</c>, an interaction of the supervisor's queues or agents and a target of their teams
/// (agent) or service lines (queue). Audited as <c>supervision.reassign</c> on <c>interaction/{id}</c> with from/to,
/// refusals too; nothing changes on a refusal.
/// </summary>
internal sealed class InteractionReassigning(
    IInteractionReassignment reassignment, IKernelInteractionService interactions, IDirectory directory, IQueueSnapshotReader queues, TeamScope scope,
    IAuditLog audit)
{
    public const string Action = "supervision.reassign";

    /// <summary>Reassigns <paramref name="interactionId"/> to exactly one of <paramref name="agentId"/> or <paramref name="queueId"/>.</summary>
    public async Task<ReassignOutcome> ReassignAsync(ClaimsPrincipal user, string interactionId, string? agentId, string? queueId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = AuditTrailMiddleware.ActorOf(user);
        var target = $"interaction/{interactionId}";
        if (!user.Has(Permissions.MonitoringIntervene))
        {
            return await RefuseAsync(actor, target, ReassignRefusal.Permission, "permission monitoring.intervene required", AuditOutcomes.Denied, cancellationToken).ConfigureAwait(false);
        }

        var interaction = string.IsNullOrWhiteSpace(interactionId) ? null : await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
        if (interaction is null || !await scope.CanSeeInteractionAsync(user, interaction, cancellationToken).ConfigureAwait(false))
        {
            // An unknown id and another team's contact look the same to a scoped supervisor: the refusal tells nothing about other teams.
            return TeamScope.IsScoped(user) || interaction is not null
                ? await RefuseAsync(actor, target, ReassignRefusal.OutOfScope, "outside the supervisor's teams", AuditOutcomes.Denied, cancellationToken).ConfigureAwait(false)
                : await RefuseAsync(actor, target, ReassignRefusal.NotFound, $"unknown interaction '{interactionId}'", AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }

        var hasAgent = !string.IsNullOrWhiteSpace(agentId);
        if (hasAgent == !string.IsNullOrWhiteSpace(queueId))
        {
            return await RefuseAsync(actor, target, ReassignRefusal.BadRequest, "give exactly one of agentId or queueId", AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }

        var to = hasAgent ? $"agent {agentId}" : $"queue {queueId}";
        if (await TargetRefusalAsync(user, agentId, queueId, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            var outcome = refusal == ReassignRefusal.OutOfScope ? AuditOutcomes.Denied : AuditOutcomes.Failure;
            var reason = refusal == ReassignRefusal.OutOfScope ? $"{to} is outside the supervisor's teams" : $"unknown {to}";
            return await RefuseAsync(actor, target, refusal, reason, outcome, cancellationToken).ConfigureAwait(false);
        }

        if (interaction.State is not (InteractionState.Queued or InteractionState.Offered))
        {
            return await RefuseAsync(actor, target, ReassignRefusal.NotReassignable, $"only a queued or offered interaction can be reassigned; this one is {interaction.State}",
                AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }

        var from = interaction.State == InteractionState.Offered ? $"agent {interaction.AgentId}" : $"queue {interaction.QueueId}";
        try
        {
            var request = hasAgent ? TransferTarget.ToAgent(agentId!, "reassigned by a supervisor") : TransferTarget.ToQueue(queueId!, "reassigned by a supervisor");
            var after = await reassignment.ReassignAsync(interaction.Id, request, cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(new AuditEntry(actor, Action, target) { Detail = $"from {from} to {to}" }, cancellationToken).ConfigureAwait(false);
            return new ReassignOutcome(after);
        }
        catch (InvalidTransitionException ex)
        {
            return await RefuseAsync(actor, target, ReassignRefusal.NotReassignable, ex.Message, AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException ex)
        {
            return await RefuseAsync(actor, target, ReassignRefusal.AgentUnavailable, ex.Message, AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The picker's lists for <paramref name="user"/>: movable work, available agents and queues, all in their scope.
    /// <paramref name="agents"/> are the wallboard's rows (the supervisor's agents with the presence just read), so no
    /// presence is read again; the contacts' snapshots come from <paramref name="cache"/>, which reads only new ones.
    /// </summary>
    public async Task<ReassignTargets> TargetsAsync(ClaimsPrincipal user, IReadOnlyList<AgentRow> agents, LiveWorkCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(cache);
        var lines = await LinesAsync(user, cancellationToken).ConfigureAwait(false);
        var myQueues = (await directory.Queues.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(q => lines is null || lines.Contains(q.ServiceLineId)).OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
        var byId = (await directory.Agents.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id, StringComparer.Ordinal);

        var ids = new List<string>();
        foreach (var queue in myQueues)
        {
            if (await queues.GetAsync(queue.Id, cancellationToken).ConfigureAwait(false) is { } snapshot)
            {
                ids.AddRange(snapshot.Positions.Select(p => p.InteractionId));
            }
        }

        var available = new List<Agent>();
        foreach (var row in agents)
        {
            if (row.Presence is not { } now)
            {
                continue;
            }

            ids.AddRange(now.Work.Where(w => w.Phase == AgentWorkPhase.Offered).Select(w => w.InteractionId));
            if (now.IsRoutable && !now.Work.Any(w => w.Phase == AgentWorkPhase.Offered) && byId.TryGetValue(row.AgentId, out var agent))
            {
                available.Add(agent);
            }
        }

        var work = (await cache.ReadAsync([.. ids.Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false))
            .Where(i => i.State is InteractionState.Queued or InteractionState.Offered);
        return new ReassignTargets([.. work.OrderBy(i => i.QueuedAt ?? i.StateChangedAt)], available, myQueues);
    }

    private async Task<ReassignRefusal?> TargetRefusalAsync(ClaimsPrincipal user, string? agentId, string? queueId, CancellationToken cancellationToken)
    {
        var scoped = TeamScope.IsScoped(user);
        if (agentId is not null && !string.IsNullOrWhiteSpace(agentId))
        {
            if (await directory.Agents.GetAsync(agentId, cancellationToken).ConfigureAwait(false) is null)
            {
                return scoped ? ReassignRefusal.OutOfScope : ReassignRefusal.NotFound;
            }

            return await scope.CanSeeAgentAsync(user, agentId, cancellationToken).ConfigureAwait(false) ? null : ReassignRefusal.OutOfScope;
        }

        if (await directory.Queues.GetAsync(queueId!, cancellationToken).ConfigureAwait(false) is not { } queue)
        {
            return scoped ? ReassignRefusal.OutOfScope : ReassignRefusal.NotFound;
        }

        return await LinesAsync(user, cancellationToken).ConfigureAwait(false) is { } lines && !lines.Contains(queue.ServiceLineId) ? ReassignRefusal.OutOfScope : null;
    }

    /// <summary>The service lines of a scoped supervisor's teams; null for an unscoped caller (every line).</summary>
    private async Task<HashSet<string>?> LinesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!TeamScope.IsScoped(user))
        {
            return null;
        }

        var teams = TeamScope.TeamsOf(user);
        return (await directory.Teams.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(t => teams.Contains(t.Id) && t.ServiceLineId is not null).Select(t => t.ServiceLineId!).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<ReassignOutcome> RefuseAsync(string actor, string target, ReassignRefusal refusal, string reason, string outcome, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditEntry(actor, Action, target) { Outcome = outcome, Detail = reason }, cancellationToken).ConfigureAwait(false);
        return new ReassignOutcome(null, refusal, reason);
    }
}
