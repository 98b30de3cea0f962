using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Presence;

/// <summary>
/// What only a supervisor does to presence: set another agent's status. The status applies at once (a status that is
/// not routable stops new offers) while the work in hand goes on; the agent is told who did it (<see cref="PresenceForced"/>).
/// </summary>
public interface IPresenceForcing
{
    /// <summary>Sets <paramref name="agentId"/>'s status on behalf of a supervisor.</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="statusId">An admin-defined status id.</param>
    /// <param name="reasonCode">A reason code of that status, if any.</param>
    /// <param name="supervisorId">The supervisor's user id.</param>
    /// <param name="supervisorName">The supervisor's display name, shown to the agent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The presence before and after.</returns>
    ValueTask<PresenceChanged> ForceStatusAsync(string agentId, string statusId, string? reasonCode, string supervisorId, string supervisorName,
        CancellationToken cancellationToken = default);
}
