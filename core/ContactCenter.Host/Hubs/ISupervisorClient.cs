using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Hubs;

/// <summary>What the supervisor hub sends to supervisors' browsers.</summary>
public interface ISupervisorClient
{
    /// <summary>An interaction changed state.</summary>
    /// <param name="transition">The transition.</param>
    /// <returns>A task that completes once sent.</returns>
    Task InteractionTransitioned(InteractionTransitioned transition);

    /// <summary>An agent's presence changed.</summary>
    /// <param name="change">The change.</param>
    /// <returns>A task that completes once sent.</returns>
    Task PresenceChanged(PresenceChanged change);

    /// <summary>
    /// The real-time metrics, at least every 2 s: every scope for unscoped supervisors, a team's own entries for a
    /// team-scoped one; with the computed-at time, the <c>stale</c> flag and the raised alerts.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>A task that completes once sent.</returns>
    Task MetricsUpdated(MetricsSnapshot snapshot);
}
