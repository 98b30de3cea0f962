using ContactCenter.Host.Security.Permissions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Hubs;

/// <summary>
/// <c>/hubs/agent</c>: pushes the connected agent's presence changes and offers. The connection is bound to the agent
/// named by the principal's <c>cc:agent-id</c> claim; later capabilities add agent commands here.
/// </summary>
public sealed class AgentHub(IServiceProvider services) : Hub<IAgentClient>
{
    /// <inheritdoc/>
    public override async Task OnConnectedAsync()
    {
        if (AgentId is { } agentId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Agent(agentId)).ConfigureAwait(false);
        }

        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    /// <summary>The connected agent's presence.</summary>
    /// <returns>The presence.</returns>
    [HubPermission(Permissions.AgentConnect)]
    public async Task<AgentPresence> GetPresence()
    {
        var agentId = AgentId ?? throw new HubException("This connection is not bound to an agent.");
        return await services.GetRequiredService<IPresenceService>().GetAsync(agentId, Context.ConnectionAborted).ConfigureAwait(false);
    }

    private string? AgentId => Context.User?.FindFirst(PermissionClaims.AgentId)?.Value;
}
