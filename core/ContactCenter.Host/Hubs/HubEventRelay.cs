using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Hubs;

/// <summary>Relays kernel events from the event bus to the hubs' groups.</summary>
internal sealed class HubEventRelay(
    IEventBus bus,
    IHubContext<AgentHub, IAgentClient> agents,
    IHubContext<SupervisorHub, ISupervisorClient> supervisors,
    TeamScope scope) : IHostedService
{
    private readonly List<IDisposable> _subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(bus.Subscribe(EventTypes.PresenceChanged, OnPresenceChangedAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.InteractionTransitioned, OnInteractionTransitionedAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.ConversationMessageAdded, OnConversationMessageAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.ConversationMessageStatusChanged, OnMessageStatusChangedAsync));
        _subscriptions.Add(bus.Subscribe(ConversationTransferred.EventType, OnConversationTransferredAsync));
        _subscriptions.Add(bus.Subscribe(PresenceForced.EventType, OnPresenceForcedAsync));
        _subscriptions.Add(bus.Subscribe(SupervisionChanged.EventType, OnSupervisionAsync));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscriptions.ForEach(s => s.Dispose());
        _subscriptions.Clear();
        return Task.CompletedTask;
    }

    private async ValueTask OnPresenceChangedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<PresenceChanged>(KernelJson.Options) is not { } change)
        {
            return;
        }

        await agents.Clients.Group(HubGroups.Agent(change.Current.AgentId)).PresenceChanged(change.Current).ConfigureAwait(false);
        var watching = await SupervisorsOf(change.Current.AgentId, null, cancellationToken).ConfigureAwait(false);
        await watching.PresenceChanged(change).ConfigureAwait(false);
    }

    private async ValueTask OnInteractionTransitionedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<InteractionTransitioned>(KernelJson.Options) is not { } transition)
        {
            return;
        }

        if (transition.To == InteractionState.Offered && transition.AgentId is { } agentId)
        {
            await agents.Clients.Group(HubGroups.Agent(agentId)).Offer(transition.Interaction).ConfigureAwait(false);
        }

        var watching = await SupervisorsOf(transition.AgentId ?? transition.Interaction.AgentId, transition.Interaction.ServiceLineId, cancellationToken)
            .ConfigureAwait(false);
        await watching.InteractionTransitioned(transition).ConfigureAwait(false);
    }

    /// <summary>The unscoped supervisors plus those of the teams concerned (TeamScope).</summary>
    private async ValueTask<ISupervisorClient> SupervisorsOf(string? agentId, string? serviceLineId, CancellationToken cancellationToken)
    {
        var teams = await scope.TeamsConcernedAsync(agentId, serviceLineId, cancellationToken).ConfigureAwait(false);
        return supervisors.Clients.Groups([HubGroups.Supervisors, .. teams.Select(HubGroups.Team)]);
    }

    private async ValueTask OnConversationMessageAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<ConversationMessageAdded>(KernelJson.Options) is { AgentId: { } agentId } added)
        {
            await agents.Clients.Group(HubGroups.Agent(agentId)).ConversationMessage(added).ConfigureAwait(false);
        }
    }

    private async ValueTask OnMessageStatusChangedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<ConversationMessageStatusChanged>(KernelJson.Options) is { AgentId: { } agentId } change)
        {
            await agents.Clients.Group(HubGroups.Agent(agentId)).MessageStatusChanged(change).ConfigureAwait(false);
        }
    }

    private async ValueTask OnConversationTransferredAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<ConversationTransferred>(KernelJson.Options) is not { } transferred)
        {
            return;
        }

        string[] told = transferred.ToAgentId is { } to ? [HubGroups.Agent(transferred.FromAgentId), HubGroups.Agent(to)] : [HubGroups.Agent(transferred.FromAgentId)];
        await agents.Clients.Groups(told).ConversationTransferred(transferred).ConfigureAwait(false);
    }

    private async ValueTask OnPresenceForcedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<PresenceForced>(KernelJson.Options) is { } forced)
        {
            await agents.Clients.Group(HubGroups.Agent(forced.AgentId)).StatusForced(forced).ConfigureAwait(false);
        }
    }

    private async ValueTask OnSupervisionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<SupervisionChanged>(KernelJson.Options) is { } change)
        {
            await agents.Clients.Group(HubGroups.Agent(change.AgentId)).Supervision(change).ConfigureAwait(false);
        }
    }
}
