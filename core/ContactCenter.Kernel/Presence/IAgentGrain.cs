using ContactCenter.Kernel.Cluster;
using ContactCenter.Sdk.Domain;
using Orleans.Concurrency;

namespace ContactCenter.Kernel.Presence;

/// <summary>
/// One agent's presence, single writer. It never awaits another grain (it only sends one-way notices to routing),
/// so interaction grains and the dispatcher may await it without risk of a deadlock.
/// </summary>
internal interface IAgentGrain : IGrainWithStringKey
{
    Task<Outcome<AgentPresence>> GetAsync();

    Task<Outcome<AgentPresence>> SetStatusAsync(string statusId, string? reasonCode);

    /// <summary>A supervisor sets the status; publishes <see cref="PresenceForced"/> after the presence change.</summary>
    Task<Outcome<Sdk.Events.PresenceChanged>> ForceStatusAsync(string statusId, string? reasonCode, string supervisorId, string supervisorName);

    Task<AgentView?> GetViewAsync();

    /// <summary>Holds the agent for an offer if it can take it now; authoritative over any cached view.</summary>
    Task<ReserveResult> TryReserveAsync(Reservation reservation);

    /// <summary>Releases a reservation whose offer could not be made.</summary>
    Task CancelReservationAsync(string interactionId, long version);

    /// <summary>Attaches an outbound interaction the agent started, if the agent has room on its channel.</summary>
    Task<Outcome<AgentPresence>> ConnectDirectAsync(WorkUpdate update);

    Task ApplyWorkAsync(WorkUpdate update);

    /// <summary>Pushes the end of a timed wrap-up out by the queue's extension (see <see cref="WrapUpRules.Extend"/>).</summary>
    Task<WrapUpExtendResult> ExtendWrapUpAsync(string interactionId);

    /// <summary>
    /// The agent's directory entry changed (skills, capacity, teams): re-read it and, while the agent is routable, tell
    /// routing at once so that waiting work is re-evaluated against it. An entry deleted is forgotten: presence answers
    /// not found and routing drops the agent.
    /// </summary>
    [OneWay]
    Task RefreshAsync();

    /// <summary>Makes the agent's work match what the store says (after a restart).</summary>
    Task<AgentView?> ReconcileAsync(WorkAssignment[] assignments);
}
