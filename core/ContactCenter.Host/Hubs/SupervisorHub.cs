using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Hubs;

/// <summary>
/// <c>/hubs/supervisor</c>: pushes every interaction transition and presence change; sets an agent's status
/// (<see cref="ForceAgentStatus"/>) and reassigns waiting or offered work (<see cref="ReassignInteraction"/>).
/// </summary>
public sealed class SupervisorHub(IServiceProvider services) : Hub<ISupervisorClient>
{
    /// <inheritdoc/>
    public override async Task OnConnectedAsync()
    {
        // A supervisor scoped to their teams hears only those teams' events (TeamScope); everyone else hears all.
        var user = Context.User ?? new System.Security.Claims.ClaimsPrincipal();
        foreach (var group in TeamScope.IsScoped(user) ? TeamScope.TeamsOf(user).Select(HubGroups.Team) : [HubGroups.Supervisors])
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group).ConfigureAwait(false);
        }

        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    /// <summary>An agent's presence, for the wallboard's first paint.</summary>
    /// <param name="agentId">The agent.</param>
    /// <returns>The presence.</returns>
    [HubPermission(Permissions.PresenceRead)]
    public async Task<AgentPresence> GetAgentPresence(string agentId)
    {
        if (Context.User is { } user && !await services.GetRequiredService<TeamScope>().CanSeeAgentAsync(user, agentId, Context.ConnectionAborted).ConfigureAwait(false))
        {
            throw new HubException("scope.forbidden: this agent belongs to a team you do not supervise. / Este agente pertenece a un equipo que usted no supervisa.");
        }

        return await services.GetRequiredService<IPresenceService>().GetAsync(agentId, Context.ConnectionAborted).ConfigureAwait(false);
    }

    /// <summary>Sets the status of an agent of the supervisor's teams (audited; the agent is told who did it).</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="statusId">An admin-defined status id.</param>
    /// <param name="reasonCode">A reason code of that status, if any.</param>
    /// <returns>The agent's presence after the change.</returns>
    [HubPermission(Permissions.PresenceManage)]
    public async Task<AgentPresence> ForceAgentStatus(string agentId, string statusId, string? reasonCode)
    {
        var user = Context.User ?? new System.Security.Claims.ClaimsPrincipal();
        var outcome = await services.GetRequiredService<StatusForcing>().ForceAsync(user, agentId, statusId, reasonCode, Context.ConnectionAborted)
            .ConfigureAwait(false);
        return outcome switch
        {
            { Change: { } change } => change.Current,
            { Refusal: ForceRefusal.OutOfScope } => throw new HubException("scope.forbidden: this agent belongs to a team you do not supervise. / Este agente pertenece a un equipo que usted no supervisa."),
            _ => throw new HubException($"presence.refused: {outcome.Reason}"),
        };
    }

    /// <summary>Moves a queued or offered interaction to an agent of the supervisor's teams, or an offered one back to a queue (audited).</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="agentId">The agent to offer it to, or null.</param>
    /// <param name="queueId">The queue it should wait in, or null; exactly one of the two.</param>
    /// <returns>The interaction after the change.</returns>
    [HubPermission(Permissions.MonitoringIntervene)]
    public async Task<Interaction> ReassignInteraction(string interactionId, string? agentId, string? queueId)
    {
        var user = Context.User ?? new System.Security.Claims.ClaimsPrincipal();
        var outcome = await services.GetRequiredService<InteractionReassigning>().ReassignAsync(user, interactionId, agentId, queueId, Context.ConnectionAborted)
            .ConfigureAwait(false);
        return outcome switch
        {
            { Interaction: { } interaction } => interaction,
            { Refusal: ReassignRefusal.OutOfScope } => throw new HubException("scope.forbidden: this contact or target belongs to a team you do not supervise. / Este contacto o destino pertenece a un equipo que usted no supervisa."),
            _ => throw new HubException($"reassign.refused: {outcome.Refusal}: {outcome.Reason}"),
        };
    }
}
