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
}
