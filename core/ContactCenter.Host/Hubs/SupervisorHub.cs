using ContactCenter.Host.Security.Permissions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Hubs;

/// <summary><c>/hubs/supervisor</c>: pushes every interaction transition and presence change. Later capabilities add interventions.</summary>
public sealed class SupervisorHub(IServiceProvider services) : Hub<ISupervisorClient>
{
    /// <inheritdoc/>
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Supervisors).ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    /// <summary>An agent's presence, for the wallboard's first paint.</summary>
    /// <param name="agentId">The agent.</param>
    /// <returns>The presence.</returns>
    [HubPermission(Permissions.PresenceRead)]
    public async Task<AgentPresence> GetAgentPresence(string agentId) =>
        await services.GetRequiredService<IPresenceService>().GetAsync(agentId, Context.ConnectionAborted).ConfigureAwait(false);
}
