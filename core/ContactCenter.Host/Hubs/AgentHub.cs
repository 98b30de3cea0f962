using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Hubs;

/// <summary>
/// <c>/hubs/agent</c>: pushes the connected agent's presence changes and offers. The connection is bound to the agent
/// named by the principal's <c>cc:agent-id</c> claim; agent commands (extending a wrap-up) act on that agent only.
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

    /// <summary>Extends the connected agent's timed wrap-up of an interaction (WCAG 2.2.1); audited, refusals explained.</summary>
    /// <param name="interactionId">The interaction the agent holds in wrap-up.</param>
    /// <returns>Whether it was extended, why not, the new end and the extensions left.</returns>
    [HubPermission(Permissions.AgentConnect)]
    public async Task<WrapUpExtendResult> ExtendWrapUp(string interactionId)
    {
        var agentId = AgentId ?? throw new HubException("This connection is not bound to an agent.");
        var actor = Context.User?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? agentId;
        try
        {
            return await services.GetRequiredService<IWrapUpService>().ExtendAsync(agentId, interactionId, actor, Context.ConnectionAborted).ConfigureAwait(false);
        }
        catch (ContactCenterException ex)
        {
            // Hub callers see only HubException messages; the kernel's message names the field and says what is wrong.
            throw new HubException(ex.Message);
        }
    }

    private string? AgentId => Context.User?.FindFirst(PermissionClaims.AgentId)?.Value;
}
