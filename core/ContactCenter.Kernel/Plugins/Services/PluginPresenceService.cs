using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>A plugin's <see cref="IPresenceService"/>: the kernel's, resolved when first used (it may be absent).</summary>
internal sealed class PluginPresenceService(Lazy<IPresenceService?> kernel) : IPresenceService
{
    private IPresenceService Kernel =>
        kernel.Value ?? throw new InvalidOperationException("The presence service is not available in this host.");

    public ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        Kernel.GetStatusesAsync(cancellationToken);

    public ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default) =>
        Kernel.GetAsync(agentId, cancellationToken);

    public ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default) =>
        Kernel.SetStatusAsync(agentId, statusId, reasonCode, cancellationToken);
}
