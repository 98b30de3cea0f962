using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// The kernel's offer path around the pure <see cref="RoutingEngine"/>. Interaction and agent notices feed the engine
/// (versioned, so late notices change nothing); a pass asks the engine for decisions, the queue's strategy ranks, the
/// agent grain reserves (authoritative), the interaction grain offers. At activation, and every
/// <see cref="RoutingOptions.ResyncInterval"/>, it re-reads the store and the queue configuration, so that nothing
/// waiting is ever forgotten; a one-second tick applies what time changes (overflow steps, preferred-agent waits, the
/// longest wait) and publishes queue snapshots.
/// </summary>
internal sealed partial class DispatcherGrain(
    KernelTime time,
    RoutingStoreReader reader,
    DirectoryRepositories directory,
    StrategyInvoker strategies,
    IEventBus events,
    IOptions<RoutingOptions> options,
    ILogger<DispatcherGrain> logger) : Grain, IDispatcherGrain
{
    /// <summary>The dispatcher's grain key.</summary>
    public const long Key = 0;

    private const int MaxRemembered = 50_000;

    private readonly RoutingEngine _engine = new();
    private readonly Dictionary<string, Interaction> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _left = new(StringComparer.Ordinal);
    private readonly Queue<string> _leftOrder = new();
    private bool _passScheduled;
    private int _placeholdersLoaded;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadQueuesAsync().ConfigureAwait(true);
        foreach (var waiting in await reader.ReadWaitingAsync().ConfigureAwait(true))
        {
            Apply(waiting);
        }

        var assignments = await reader.ReadAssignmentsAsync().ConfigureAwait(true);
        var agents = await directory.Agents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(true);
        var views = await Task.WhenAll(agents.Select(a => GrainFactory.GetGrain<IAgentGrain>(a.Id)
            .ReconcileAsync(assignments.TryGetValue(a.Id, out var held) ? [.. held] : []))).ConfigureAwait(true);
        foreach (var view in views.OfType<AgentView>())
        {
            Upsert(view);
        }

        // Interactions offered before a restart need their deadline timers again; passed deadlines fire at once.
        await Task.WhenAll(_waiting.Values.Where(i => i.State == InteractionState.Offered)
            .Select(i => GrainFactory.GetGrain<IInteractionGrain>(i.Id).WakeAsync())).ConfigureAwait(true);
        this.RegisterGrainTimer(ResyncAsync, new GrainTimerCreationOptions(options.Value.ResyncInterval, options.Value.ResyncInterval) { KeepAlive = true });
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(options.Value.TickInterval, options.Value.TickInterval) { KeepAlive = true });
        LogRebuilt(_waiting.Count, _engine.AgentCount);
        SchedulePass();
    }

    public Task StartAsync() => Task.CompletedTask;

    public Task InteractionChangedAsync(Interaction snapshot)
    {
        Apply(snapshot);
        return Task.CompletedTask;
    }

    public Task AgentChangedAsync(AgentView view)
    {
        Upsert(view);
        return Task.CompletedTask;
    }

    public Task AgentRemovedAsync(string agentId)
    {
        _engine.RemoveAgent(agentId);
        return Task.CompletedTask;
    }

    public async Task QueuesChangedAsync()
    {
        await LoadQueuesAsync().ConfigureAwait(true);
        SchedulePass();
    }

    public async Task ReconcileAgentAsync(string agentId)
    {
        var assignments = await reader.ReadAssignmentsAsync(agentId).ConfigureAwait(true);
        if (await GrainFactory.GetGrain<IAgentGrain>(agentId).ReconcileAsync(assignments).ConfigureAwait(true) is { } view)
        {
            Upsert(view);
        }
    }

    public Task<WaitingEntry[]> GetWaitingAsync() => Task.FromResult(_waiting.Values
        .OrderByDescending(i => i.Priority).ThenBy(i => i.QueuedAt ?? i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal)
        .Select(i => new WaitingEntry
        {
            InteractionId = i.Id, QueueId = i.QueueId, Priority = i.Priority, QueuedAt = i.QueuedAt, State = i.State, AgentId = i.AgentId,
        })
        .ToArray());

    public async Task<Sdk.Routing.QueueSnapshot?> GetQueueSnapshotAsync(string queueId)
    {
        if (_engine.Snapshot(queueId, time.GetUtcNow()) is { } snapshot)
        {
            return snapshot;
        }

        // A queue created since the last resync: load the configuration rather than deny the queue exists.
        await LoadQueuesAsync().ConfigureAwait(true);
        return _engine.Snapshot(queueId, time.GetUtcNow());
    }

    private void Upsert(AgentView view)
    {
        _engine.UpsertAgent(new EngineAgentInput
        {
            Id = view.AgentId, Skills = view.Skills, TeamIds = view.TeamIds, Capacity = view.Presence.Capacity, Routable = view.Presence.IsRoutable,
            NotResponding = view.NotResponding, Work = view.Presence.Work, IdleSince = view.Presence.IdleSince, Version = view.Presence.Version,
        }, time.GetUtcNow());
        SchedulePass();
    }

    /// <summary>Takes a snapshot unless a newer one is known; routing keeps it while Queued or Offered.</summary>
    private void Apply(Interaction snapshot)
    {
        if ((_waiting.TryGetValue(snapshot.Id, out var known) && known.Version >= snapshot.Version)
            || (_left.TryGetValue(snapshot.Id, out var left) && left >= snapshot.Version))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (snapshot.State is InteractionState.Queued or InteractionState.Offered)
        {
            _waiting[snapshot.Id] = snapshot;
            if (snapshot.State == InteractionState.Queued)
            {
                _engine.Enqueue(EngineWorkInput.From(snapshot), now);
                SchedulePass();
            }
            else
            {
                _engine.Offered(snapshot.Id, snapshot.QueueId ?? string.Empty, snapshot.AgentId ?? string.Empty, now);
            }

            return;
        }

        _waiting.Remove(snapshot.Id);
        _engine.Remove(snapshot.Id, snapshot.QueueId);
        if (_left.TryAdd(snapshot.Id, snapshot.Version))
        {
            _leftOrder.Enqueue(snapshot.Id);
            if (_leftOrder.Count > MaxRemembered)
            {
                _left.Remove(_leftOrder.Dequeue());
            }
        }
        else
        {
            _left[snapshot.Id] = snapshot.Version;
        }
    }

    private void SchedulePass()
    {
        if (!_passScheduled)
        {
            _passScheduled = true;
            this.AsReference<IDispatcherGrain>().RunPassAsync().Ignore();
        }
    }

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Routing rebuilt from the store: {Waiting} waiting interactions, {Agents} agents")]
    private partial void LogRebuilt(int waiting, int agents);
}
