using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// A plugin's <see cref="IPresenceService"/>: the kernel's, resolved when first used (it may be absent). Reading needs
/// <c>presence.read</c>; setting an agent's status is acting for someone else, so it needs <c>presence.manage</c>.
/// </summary>
internal sealed class PluginPresenceService(Lazy<IPresenceService?> kernel, PluginPermissionGuard guard) : IPresenceService
{
    private IPresenceService Kernel =>
        kernel.Value ?? throw new InvalidOperationException("The presence service is not available in this host.");

    public async ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(PresenceRead, "read the presence statuses", cancellationToken).ConfigureAwait(false);
        return await Kernel.GetStatusesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(PresenceRead, "read an agent's presence", cancellationToken).ConfigureAwait(false);
        return await Kernel.GetAsync(agentId, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(PresenceManage, "set an agent's status", cancellationToken).ConfigureAwait(false);
        return await Kernel.SetStatusAsync(agentId, statusId, reasonCode, cancellationToken).ConfigureAwait(false);
    }
}
