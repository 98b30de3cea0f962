using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Metrics;

namespace ContactCenter.Host.Api.Metrics;

/// <summary>
/// What a team-scoped supervisor may see of a snapshot: their teams, their teams' service lines and those lines' queues,
/// and the alerts on them. Center and channel totals mix every team's work, so they are left out for scoped supervisors.
/// </summary>
internal sealed class MetricsVisibility(IDirectory directory)
{
    public async ValueTask<MetricsSnapshot> ForAsync(ClaimsPrincipal user, MetricsSnapshot snapshot, CancellationToken cancellationToken) =>
        TeamScope.IsScoped(user) ? await ForTeamsAsync(TeamScope.TeamsOf(user), snapshot, cancellationToken).ConfigureAwait(false) : snapshot;

    public async ValueTask<MetricsSnapshot> ForTeamsAsync(IReadOnlySet<string> teams, MetricsSnapshot snapshot, CancellationToken cancellationToken)
    {
        var lines = (await directory.Teams.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(t => teams.Contains(t.Id) && t.ServiceLineId is not null).Select(t => t.ServiceLineId!).ToHashSet(StringComparer.Ordinal);
        var queues = (await directory.Queues.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(q => q.ServiceLineId is not null && lines.Contains(q.ServiceLineId)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        bool Visible(MetricScope scope, string key) => scope switch
        {
            MetricScope.Team => teams.Contains(key),
            MetricScope.ServiceLine => lines.Contains(key),
            MetricScope.Queue => queues.Contains(key),
            _ => false,
        };
        return snapshot with
        {
            Entries = [.. snapshot.Entries.Where(e => Visible(e.Scope, e.Key))],
            Alerts = [.. snapshot.Alerts.Where(a => Visible(a.TargetKind == "queue" ? MetricScope.Queue : MetricScope.ServiceLine, a.TargetId))],
        };
    }
}
