using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Presence;

/// <summary>The presence service over the agent grains; status definitions come from the catalog.</summary>
internal sealed class PresenceService(KernelGrains grains, PresenceStatusCatalog catalog) : IPresenceService, IPresenceForcing
{
    public ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        catalog.ListAsync(cancellationToken);

    public async ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default) =>
        (await Agent(agentId).GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).Unwrap();

    public async ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default) =>
        (await Agent(agentId).SetStatusAsync(statusId, reasonCode).WaitAsync(cancellationToken).ConfigureAwait(false)).Unwrap();

    public async ValueTask<PresenceChanged> ForceStatusAsync(string agentId, string statusId, string? reasonCode, string supervisorId, string supervisorName,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(supervisorName);
        return (await Agent(agentId).ForceStatusAsync(statusId, reasonCode, supervisorId, supervisorName).WaitAsync(cancellationToken).ConfigureAwait(false)).Unwrap();
    }

    private IAgentGrain Agent(string agentId) =>
        DirectoryIds.IsValid(agentId) ? grains.Factory.GetGrain<IAgentGrain>(agentId) : throw new EntityNotFoundException("agent", agentId ?? string.Empty);
}
