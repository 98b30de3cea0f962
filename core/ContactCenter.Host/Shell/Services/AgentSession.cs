using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Shell.Services;

/// <summary>
/// The live state of one signed-in agent for one circuit: presence (with its work list, which holds the pending offer)
/// kept current from the kernel's events, and notifications of new conversation messages and interaction changes for
/// this agent. The components read it; the kernel stays the only authority.
/// </summary>
public sealed class AgentSession(IEventBus bus, IPresenceService presence, SupervisionLedger ledger) : IAsyncDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _supervisionLock = new();
    private List<SupervisionChanged> _supervisions = [];
    private volatile HashSet<string> _watchedContacts = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Raised after presence changed (offers come and go through the work list).</summary>
    public event Func<AgentPresence, Task>? PresenceChanged;

    /// <summary>Raised when a message was added to a conversation of this agent.</summary>
    public event Func<ConversationMessageAdded, Task>? MessageAdded;

    /// <summary>Raised when a message of a conversation of this agent changed delivery status (a reply failed, was read...).</summary>
    public event Func<ConversationMessageStatusChanged, Task>? MessageStatusChanged;

    /// <summary>Raised when an interaction of this agent changed state.</summary>
    public event Func<InteractionTransitioned, Task>? InteractionChanged;

    /// <summary>Raised when any interaction of a watched customer (<see cref="WatchContacts"/>) changed state, on any channel.</summary>
    public event Func<InteractionTransitioned, Task>? CustomerActivity;

    /// <summary>Raised when a supervisor set this agent's status (after the presence change).</summary>
    public event Func<PresenceForced, Task>? StatusForced;

    /// <summary>Raised when a supervisor started or stopped supervising one of this agent's contacts.</summary>
    public event Func<SupervisionChanged, Task>? SupervisionUpdated;

    public string? AgentId { get; private set; }

    /// <summary>Who supervises which of the agent's contacts now (contacts the agent no longer holds are dropped).</summary>
    public IReadOnlyList<SupervisionChanged> Supervisions
    {
        get
        {
            var held = Presence?.Work.Select(w => w.InteractionId).ToHashSet(StringComparer.Ordinal) ?? [];
            lock (_supervisionLock)
            {
                return [.. _supervisions.Where(s => held.Contains(s.InteractionId))];
            }
        }
    }

    /// <summary>The customers whose history the agent has open (the contacts of its tabs).</summary>
    public void WatchContacts(IEnumerable<string> contactIds) => _watchedContacts = contactIds.ToHashSet(StringComparer.Ordinal);

    public AgentPresence? Presence { get; private set; }

    public IReadOnlyList<PresenceStatusDefinition> Statuses { get; private set; } = [];

    public async Task StartAsync(string agentId, CancellationToken cancellationToken)
    {
        AgentId = agentId;
        _subscriptions.Add(bus.Subscribe(EventTypes.PresenceChanged, OnPresenceAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.ConversationMessageAdded, OnMessageAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.ConversationMessageStatusChanged, OnStatusAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.InteractionTransitioned, OnTransitionAsync));
        _subscriptions.Add(bus.Subscribe(PresenceForced.EventType, OnForcedAsync));
        _subscriptions.Add(bus.Subscribe(SupervisionChanged.EventType, OnSupervisionAsync));
        Statuses = await presence.GetStatusesAsync(cancellationToken).ConfigureAwait(false);
        Presence = await presence.GetAsync(agentId, cancellationToken).ConfigureAwait(false);

        // A reloaded or reconnected shell shows the supervisions already in progress (kept on the server), not only later changes.
        lock (_supervisionLock)
        {
            _supervisions = [.. ledger.SupervisionsOf(agentId).Where(k => !_supervisions.Any(s => s.InteractionId == k.InteractionId && s.SupervisorId == k.SupervisorId)),
                .. _supervisions];
        }
    }

    /// <summary>The status a supervisor forced on this agent recently, while it is still their status (kept on the server), or null.</summary>
    public PresenceForced? RecentForcedStatus => AgentId is null ? null : ledger.RecentForcedStatus(AgentId, Presence);

    public async Task<AgentPresence> RefreshAsync(CancellationToken cancellationToken)
    {
        var current = await presence.GetAsync(AgentId!, cancellationToken).ConfigureAwait(false);
        Accept(current);
        return Presence!;
    }

    public async Task SetStatusAsync(string statusId, string? reasonCode, CancellationToken cancellationToken) =>
        Accept(await presence.SetStatusAsync(AgentId!, statusId, reasonCode, cancellationToken).ConfigureAwait(false));

    /// <summary>The offer pending for this agent, if any (at most one at a time).</summary>
    public AgentWorkItem? PendingOffer => Presence?.Work.FirstOrDefault(w => w.Phase == AgentWorkPhase.Offered);

    private bool Accept(AgentPresence current)
    {
        // Events and reads can cross: keep the newest version only.
        if (Presence is { } known && known.Version > current.Version)
        {
            return false;
        }

        Presence = current;
        return true;
    }

    private async ValueTask OnPresenceAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<PresenceChanged>(KernelJson.Options) is { } change && change.Current.AgentId == AgentId && Accept(change.Current)
            && PresenceChanged is { } handler)
        {
            await handler(change.Current).ConfigureAwait(false);
        }
    }

    private async ValueTask OnForcedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<PresenceForced>(KernelJson.Options) is { } forced && forced.AgentId == AgentId && StatusForced is { } handler)
        {
            await handler(forced).ConfigureAwait(false);
        }
    }

    private async ValueTask OnSupervisionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<SupervisionChanged>(KernelJson.Options) is not { } change || change.AgentId != AgentId)
        {
            return;
        }

        lock (_supervisionLock)
        {
            // One entry per supervisor and contact: a new mode replaces the old one, a stop removes it.
            _supervisions = [.. _supervisions.Where(s => s.InteractionId != change.InteractionId || s.SupervisorId != change.SupervisorId)];
            if (change.Kind is not null)
            {
                _supervisions.Add(change);
            }
        }

        if (SupervisionUpdated is { } handler)
        {
            await handler(change).ConfigureAwait(false);
        }
    }

    private async ValueTask OnMessageAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (MessageAdded is { } handler && cloudEvent.GetData<ConversationMessageAdded>(KernelJson.Options) is { } added
            && (added.AgentId == AgentId || Presence?.Work.Any(w => w.InteractionId == added.InteractionId) == true))
        {
            await handler(added).ConfigureAwait(false);
        }
    }

    private async ValueTask OnStatusAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (MessageStatusChanged is { } handler && cloudEvent.GetData<ConversationMessageStatusChanged>(KernelJson.Options) is { } changed && changed.AgentId == AgentId)
        {
            await handler(changed).ConfigureAwait(false);
        }
    }

    private async ValueTask OnTransitionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<InteractionTransitioned>(KernelJson.Options) is not { } transition)
        {
            return;
        }

        if (InteractionChanged is { } handler && (transition.AgentId == AgentId || transition.Interaction.AgentId == AgentId))
        {
            await handler(transition).ConfigureAwait(false);
        }

        if (CustomerActivity is { } customer && transition.Interaction.ContactId is { } contactId && _watchedContacts.Contains(contactId))
        {
            await customer(transition).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _subscriptions.ForEach(s => s.Dispose());
        _subscriptions.Clear();
        return ValueTask.CompletedTask;
    }
}
