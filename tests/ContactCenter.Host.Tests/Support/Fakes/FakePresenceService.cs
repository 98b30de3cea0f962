using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>Presence for agent <c>a1</c> only.</summary>
internal sealed class FakePresenceService : IPresenceService
{
    public static readonly DateTimeOffset Since = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<PresenceStatusDefinition>>([]);

    public ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default) =>
        agentId == "a1" ? ValueTask.FromResult(Presence("available", null)) : throw new EntityNotFoundException("agent", agentId);

    public ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default)
    {
        if (agentId != "a1")
        {
            throw new EntityNotFoundException("agent", agentId);
        }

        return statusId is "available" or "break"
            ? ValueTask.FromResult(Presence(statusId, reasonCode))
            : throw new InvalidRequestException("statusId", $"Unknown status '{statusId}'.");
    }

    public static AgentPresence Presence(string statusId, string? reason) => new()
    {
        AgentId = "a1",
        StatusId = statusId,
        ReasonCode = reason,
        IsRoutable = statusId == "available",
        StatusSince = Since,
        SubState = RoutingSubState.Idle,
        SubStateSince = Since,
    };
}
