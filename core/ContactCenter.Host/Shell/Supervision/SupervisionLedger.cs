using ContactCenter.Kernel;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// The agents' supervision notices kept on the server, so a reload or a reconnected shell shows them again: every
/// supervision in progress (listen, whisper, barge, reading a chat) per agent, until it stops or the contact ends, and
/// the last status a supervisor forced on each agent, for <see cref="ForcedNoticeLifetime"/>. Fed by the bus
/// (<see cref="SupervisionChanged"/>, <see cref="PresenceForced"/>, lifecycle events) whoever published; in memory,
/// so a host restart forgets them (the supervisors' legs and circuits end with it too).
/// </summary>
public sealed class SupervisionLedger(IEventBus bus, KernelTime time) : IHostedService, IDisposable
{
    /// <summary>How long a forced status stays worth telling a reloaded shell (while the agent keeps that status).</summary>
    public static readonly TimeSpan ForcedNoticeLifetime = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Dictionary<string, List<SupervisionChanged>> _supervisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PresenceForced> _forced = new(StringComparer.Ordinal);

    /// <summary>The supervisions of <paramref name="agentId"/>'s contacts in progress, oldest first.</summary>
    public IReadOnlyList<SupervisionChanged> SupervisionsOf(string agentId)
    {
        lock (_gate)
        {
            return _supervisions.TryGetValue(agentId, out var list) ? [.. list] : [];
        }
    }

    /// <summary>The last status forced on <paramref name="agentId"/>, when recent and still their status; otherwise null.</summary>
    public PresenceForced? RecentForcedStatus(string agentId, AgentPresence? current)
    {
        lock (_gate)
        {
            return _forced.TryGetValue(agentId, out var forced) && time.GetUtcNow() - forced.At <= ForcedNoticeLifetime
                && (current is null || current.StatusId == forced.ToStatusId) ? forced : null;
        }
    }

    /// <summary>Records a change (the bus handler; also usable directly).</summary>
    public void Record(SupervisionChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            // One entry per supervisor and contact: a new mode replaces the old one, a stop removes it.
            var list = _supervisions.TryGetValue(change.AgentId, out var known) ? known : [];
            list.RemoveAll(s => s.InteractionId == change.InteractionId && s.SupervisorId == change.SupervisorId);
            if (change.Kind is not null)
            {
                list.Add(change);
            }

            if (list.Count == 0)
            {
                _supervisions.Remove(change.AgentId);
            }
            else
            {
                _supervisions[change.AgentId] = list;
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(bus.Subscribe(SupervisionChanged.EventType, OnSupervisionAsync));
        _subscriptions.Add(bus.Subscribe(PresenceForced.EventType, OnForcedAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.InteractionTransitioned, OnTransitionAsync));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscriptions.ForEach(s => s.Dispose());
        _subscriptions.Clear();
    }

    private ValueTask OnSupervisionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<SupervisionChanged>(KernelJson.Options) is { } change)
        {
            Record(change);
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask OnForcedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<PresenceForced>(KernelJson.Options) is { } forced)
        {
            lock (_gate)
            {
                _forced[forced.AgentId] = forced;
            }
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask OnTransitionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        // A contact that ended or left its agent ends its supervision notices: nobody sends a stop for a closed chat.
        if (cloudEvent.GetData<InteractionTransitioned>(KernelJson.Options) is { } transition
            && (transition.To.IsTerminal() || transition.To is InteractionState.Queued or InteractionState.Offered))
        {
            lock (_gate)
            {
                foreach (var (agentId, list) in _supervisions.ToList())
                {
                    if (list.RemoveAll(s => s.InteractionId == transition.InteractionId) > 0 && list.Count == 0)
                    {
                        _supervisions.Remove(agentId);
                    }
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
