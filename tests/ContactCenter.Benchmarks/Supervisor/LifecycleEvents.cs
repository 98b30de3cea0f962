using ContactCenter.Kernel;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>
/// Publishes lifecycle events on the host's event bus exactly as the kernel does (same types, sources, subjects, data
/// and JSON options): <c>InteractionTransitioned</c> as the interaction journal commits it, <c>PresenceChanged</c> as
/// the agent grain publishes it. Every consumer (metrics engine, hub relay, wallboard feed) sees real events; only the
/// state machine and its store commits are left out (the lifecycle benchmark measures those).
/// </summary>
internal sealed class LifecycleEvents(IEventBus bus, TimeProvider clock)
{
    private long _published;

    public long Published => Interlocked.Read(ref _published);

    public async ValueTask TransitionAsync(Call call, InteractionState to, string? agentId)
    {
        var at = clock.GetUtcNow();
        var from = call.State;
        call.State = to;
        call.Version++;
        call.QueuedAt ??= to == InteractionState.Queued ? at : null;
        var interaction = new Interaction
        {
            Id = call.Id, Channel = call.Channel, Direction = Direction.Inbound, State = to, Version = call.Version, ServiceLineId = call.LineId,
            QueueId = call.QueueId, AgentId = agentId, CreatedAt = call.CreatedAt, StateChangedAt = at, QueuedAt = call.QueuedAt,
        };
        var data = new InteractionTransitioned
        {
            InteractionId = call.Id, From = from, To = to, At = at, Version = call.Version, Channel = call.Channel, QueueId = call.QueueId,
            AgentId = agentId, ServiceLineId = call.LineId, Leg = 1, Interaction = interaction,
        };
        await bus.PublishAsync(CloudEvent.Create(EventTypes.InteractionTransitioned, "/kernel/interactions", call.Id, at, data, KernelJson.Options));
        Interlocked.Increment(ref _published);
    }

    public async ValueTask PresenceAsync(AgentState agent, RoutingSubState subState, string? interactionId, ChannelKind channel)
    {
        var at = clock.GetUtcNow();
        var previous = agent.Presence;
        var current = new AgentPresence
        {
            AgentId = agent.Id, StatusId = PresenceStatusDefinition.AvailableId, IsRoutable = true, StatusSince = previous?.StatusSince ?? at,
            SubState = subState, SubStateSince = at, IdleSince = subState == RoutingSubState.Idle ? at : previous?.IdleSince,
            Work = interactionId is null ? [] : [new AgentWorkItem(interactionId, channel, Phase(subState), at)],
            Version = (previous?.Version ?? 1000) + 1,
        };
        agent.Presence = current;
        await bus.PublishAsync(CloudEvent.Create(EventTypes.PresenceChanged, "/kernel/presence", agent.Id, at, new PresenceChanged(previous, current), KernelJson.Options));
        Interlocked.Increment(ref _published);
    }

    private static AgentWorkPhase Phase(RoutingSubState subState) => subState switch
    {
        RoutingSubState.Reserved => AgentWorkPhase.Offered,
        RoutingSubState.WrapUp => AgentWorkPhase.WrapUp,
        _ => AgentWorkPhase.Connected,
    };

    /// <summary>An interaction as the generator tracks it.</summary>
    internal sealed class Call(string id, ChannelKind channel, string queueId, string lineId, DateTimeOffset createdAt)
    {
        public string Id { get; } = id;

        public ChannelKind Channel { get; } = channel;

        public string QueueId { get; } = queueId;

        public string LineId { get; } = lineId;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public InteractionState State { get; set; } = InteractionState.Created;

        public long Version { get; set; } = 1;

        public DateTimeOffset? QueuedAt { get; set; }
    }

    /// <summary>An agent's last published presence.</summary>
    internal sealed class AgentState(string id)
    {
        public string Id { get; } = id;

        public AgentPresence? Presence { get; set; }
    }
}
