using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>One agent of the supervisor's teams, for <c>/supervisor/agents/{id}</c>.</summary>
/// <param name="View">The wallboard's view it was read with (metrics freshness, the agent's line).</param>
/// <param name="Row">The agent's line of the wallboard grid.</param>
/// <param name="Work">Every interaction the agent holds now (offered, connected, wrap-up).</param>
/// <param name="Today">The agent's figures of today and status history, from the metrics engine.</param>
public sealed record AgentDrill(WallboardView View, AgentRow Row, IReadOnlyList<Interaction> Work, AgentDayMetrics Today);

/// <summary>One queue of the supervisor's teams, for <c>/supervisor/queues/{id}</c>.</summary>
/// <param name="View">The wallboard's view it was read with (metrics freshness).</param>
/// <param name="Queue">The queue as the directory holds it (name, service-level target).</param>
/// <param name="Figures">Its metrics, or null while it has had no traffic.</param>
/// <param name="Waiting">Its waiting contacts, longest first.</param>
/// <param name="Agents">The supervisor's agents in the queue's service line.</param>
/// <param name="Alerts">The alerts raised now on this queue.</param>
public sealed record QueueDrill(
    WallboardView View, Queue Queue, ScopeMetrics? Figures, IReadOnlyList<WaitingContact> Waiting, IReadOnlyList<AgentRow> Agents, IReadOnlyList<MetricAlertChanged> Alerts);

/// <summary>
/// Reads the supervisor's drill-downs on the wallboard's own view (<see cref="SupervisorDesk.LoadAsync"/>), so a page
/// shows nothing the wallboard would not. An unknown id and one outside the supervisor's teams both read as null: the
/// page cannot tell them apart, so it leaks nothing about other teams.
/// </summary>
internal sealed class DrillDown(SupervisorDesk desk, IDirectory directory, IKernelInteractionService interactions, IMetricsReader metrics, TeamScope scope)
{
    public async Task<AgentDrill?> AgentAsync(ClaimsPrincipal user, string agentId, CancellationToken cancellationToken)
    {
        var view = await desk.LoadAsync(user, cancellationToken).ConfigureAwait(false);
        if (view.Agents.FirstOrDefault(a => a.AgentId == agentId) is not { } row)
        {
            return null;
        }

        var work = new List<Interaction>();
        foreach (var item in row.Presence?.Work ?? [])
        {
            if (await interactions.GetAsync(item.InteractionId, cancellationToken).ConfigureAwait(false) is { } interaction)
            {
                work.Add(interaction);
            }
        }

        return new AgentDrill(view, row, work, metrics.AgentToday(agentId));
    }

    public async Task<QueueDrill?> QueueAsync(ClaimsPrincipal user, string queueId, CancellationToken cancellationToken)
    {
        var queue = await directory.Queues.GetAsync(queueId, cancellationToken).ConfigureAwait(false);
        if (queue is null || !await scope.CanSeeQueueAsync(user, queue, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var view = await desk.LoadAsync(user, cancellationToken).ConfigureAwait(false);
        var serving = (await directory.Agents.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(a => a.ServiceLineIds.Contains(queue.ServiceLineId)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return new QueueDrill(
            view, queue, view.Metrics.Entries.FirstOrDefault(e => e.Scope == MetricScope.Queue && e.Key == queueId), metrics.WaitingIn(queueId),
            [.. view.Agents.Where(a => serving.Contains(a.AgentId))], [.. view.Metrics.Alerts.Where(a => a.TargetKind == "queue" && a.TargetId == queueId)]);
    }

    /// <summary>Who the customer of <paramref name="interaction"/> is, as far as the platform knows: the contact, else the customer's address.</summary>
    public static string? CustomerOf(Interaction interaction) =>
        interaction.ContactId ?? interaction.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Customer)?.Reference ?? interaction.ExternalId;
}
