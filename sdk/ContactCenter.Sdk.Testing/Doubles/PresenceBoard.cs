using ContactCenter.Kernel;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>The agents' presence in a test kernel; statuses come from the kernel's real catalog over the test store.</summary>
internal sealed class PresenceBoard(PresenceStatusCatalog catalog, IClock clock, IEventBus bus)
{
    public const string Source = "/kernel/presence";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, AgentPresence> _agents = new(StringComparer.Ordinal);
    private readonly List<KernelCall> _calls = [];

    public IReadOnlyList<KernelCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public ValueTask<IReadOnlyList<PresenceStatusDefinition>> StatusesAsync(bool fromPlugin, CancellationToken cancellationToken)
    {
        Record("GetStatuses", null, fromPlugin, true);
        return catalog.ListAsync(cancellationToken);
    }

    public AgentPresence Get(string agentId, bool fromPlugin)
    {
        lock (_gate)
        {
            var found = _agents.GetValueOrDefault(agentId);
            _calls.Add(new KernelCall("Get", agentId, fromPlugin, found is not null));
            return found ?? throw new EntityNotFoundException("agent", agentId);
        }
    }

    public async ValueTask<AgentPresence> SetAsync(string agentId, string statusId, string? reasonCode, bool fromPlugin, CancellationToken cancellationToken)
    {
        PresenceStatusDefinition status;
        try
        {
            status = await catalog.ResolveAsync(statusId, reasonCode, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactCenterException)
        {
            Record("SetStatus", agentId, fromPlugin, false);
            throw;
        }

        AgentPresence? previous;
        AgentPresence current;
        lock (_gate)
        {
            previous = _agents.GetValueOrDefault(agentId);
            var known = fromPlugin && previous is null ? throw Unknown(agentId) : previous;
            var now = clock.UtcNow;
            var subState = status.IsRoutable ? (known?.Work.Count > 0 ? known.SubState : RoutingSubState.Idle) : known?.SubState ?? RoutingSubState.Idle;
            current = new AgentPresence
            {
                AgentId = agentId, StatusId = status.Id, ReasonCode = reasonCode, IsRoutable = status.IsRoutable, StatusSince = now,
                SubState = subState == RoutingSubState.NotResponding ? RoutingSubState.Idle : subState,
                SubStateSince = known?.SubState == subState ? known.SubStateSince : now,
                IdleSince = status.IsRoutable ? known?.IdleSince ?? now : null,
                Work = known?.Work ?? [], Capacity = known?.Capacity ?? ChannelCapacity.Default, Version = (known?.Version ?? 0) + 1,
            };
            _agents[agentId] = current;
            _calls.Add(new KernelCall("SetStatus", agentId, fromPlugin, true));
        }

        await bus.PublishAsync(CloudEvent.Create(EventTypes.PresenceChanged, Source, agentId, current.StatusSince, new PresenceChanged(previous, current), KernelJson.Options), cancellationToken).ConfigureAwait(false);
        return current;
    }

    private EntityNotFoundException Unknown(string agentId)
    {
        _calls.Add(new KernelCall("SetStatus", agentId, true, false));
        return new EntityNotFoundException("agent", agentId);
    }

    private void Record(string operation, string? agentId, bool fromPlugin, bool succeeded)
    {
        lock (_gate)
        {
            _calls.Add(new KernelCall(operation, agentId, fromPlugin, succeeded));
        }
    }
}
