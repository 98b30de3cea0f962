using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Services;

/// <summary>Reads and changes agents' presence.</summary>
public interface IPresenceService
{
    /// <summary>The statuses an administrator defined, in display order.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status definitions.</returns>
    ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>An agent's presence.</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The presence.</returns>
    /// <exception cref="Errors.EntityNotFoundException">No such agent.</exception>
    ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default);

    /// <summary>Sets an agent's chosen status. Clears <see cref="RoutingSubState.NotResponding"/>.</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="statusId">An admin-defined status id.</param>
    /// <param name="reasonCode">A reason code of that status, if it has any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The presence after the change.</returns>
    /// <exception cref="Errors.InvalidRequestException">Unknown status or reason.</exception>
    ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default);
}
