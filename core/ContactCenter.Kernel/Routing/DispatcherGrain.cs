using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// The minimal offer path. It keeps waiting work (from interaction notices) and agents' views (from agent notices) in
/// memory, versioned so that late notices change nothing, and runs a pass whenever something changed: work by priority
/// then original queue time, eligible agents ranked by the queue's strategy, reservation on the agent grain
/// (authoritative), then the offer on the interaction grain. At activation, and every
/// <see cref="RoutingOptions.ResyncInterval"/>, it re-reads the store, so that nothing waiting is ever forgotten.
/// </summary>
internal sealed partial class DispatcherGrain(
    KernelTime time,
    RoutingStoreReader reader,
    DirectoryRepositories directory,
    StrategyInvoker strategies,
    IOptions<RoutingOptions> options,
    ILogger<DispatcherGrain> logger) : Grain, IDispatcherGrain
{
    /// <summary>The dispatcher's grain key.</summary>
    public const long Key = 0;

    private const int MaxRemembered = 50_000;

    private readonly Dictionary<string, Interaction> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentView> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _left = new(StringComparer.Ordinal);
    private readonly Queue<string> _leftOrder = new();
    private bool _passScheduled;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
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
            _agents[view.AgentId] = view;
        }

        // Interactions offered before a restart need their deadline timers again; passed deadlines fire at once.
        await Task.WhenAll(_waiting.Values.Where(i => i.State == InteractionState.Offered)
            .Select(i => GrainFactory.GetGrain<IInteractionGrain>(i.Id).WakeAsync())).ConfigureAwait(true);
        this.RegisterGrainTimer(ResyncAsync, new GrainTimerCreationOptions(options.Value.ResyncInterval, options.Value.ResyncInterval) { KeepAlive = true });
        LogRebuilt(_waiting.Count, _agents.Count);
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
        if (!_agents.TryGetValue(view.AgentId, out var known) || known.Presence.Version < view.Presence.Version)
        {
            _agents[view.AgentId] = view;
            if (view.Presence.IsRoutable && !view.NotResponding)
            {
                SchedulePass();
            }
        }

        return Task.CompletedTask;
    }

    public async Task ReconcileAgentAsync(string agentId)
    {
        var assignments = await reader.ReadAssignmentsAsync(agentId).ConfigureAwait(true);
        if (await GrainFactory.GetGrain<IAgentGrain>(agentId).ReconcileAsync(assignments).ConfigureAwait(true) is { } view)
        {
            await AgentChangedAsync(view).ConfigureAwait(true);
        }
    }

    public Task<WaitingEntry[]> GetWaitingAsync() => Task.FromResult(Ordered(_waiting.Values)
        .Select(i => new WaitingEntry
        {
            InteractionId = i.Id, QueueId = i.QueueId, Priority = i.Priority, QueuedAt = i.QueuedAt, State = i.State, AgentId = i.AgentId,
        })
        .ToArray());

    /// <summary>Routing order: priority (highest first), then original queue time, then id.</summary>
    private static IEnumerable<Interaction> Ordered(IEnumerable<Interaction> work) =>
        work.OrderByDescending(i => i.Priority).ThenBy(i => i.QueuedAt ?? i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal);

    /// <summary>Takes a snapshot unless a newer one is known; keeps it while Queued or Offered.</summary>
    private void Apply(Interaction snapshot)
    {
        if ((_waiting.TryGetValue(snapshot.Id, out var known) && known.Version >= snapshot.Version)
            || (_left.TryGetValue(snapshot.Id, out var left) && left >= snapshot.Version))
        {
            return;
        }

        if (snapshot.State is InteractionState.Queued or InteractionState.Offered)
        {
            _waiting[snapshot.Id] = snapshot;
            if (snapshot.State == InteractionState.Queued)
            {
                SchedulePass();
            }

            return;
        }

        _waiting.Remove(snapshot.Id);
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

    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        var stored = await reader.ReadWaitingAsync().ConfigureAwait(true);
        var seen = stored.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var snapshot in stored)
        {
            Apply(snapshot);
        }

        foreach (var id in _waiting.Keys.Where(id => !seen.Contains(id)).ToList())
        {
            if (await reader.ReadAsync(id).ConfigureAwait(true) is { } latest)
            {
                Apply(latest);
            }
        }

        SchedulePass();
    }

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Routing rebuilt from the store: {Waiting} waiting interactions, {Agents} agents")]
    private partial void LogRebuilt(int waiting, int agents);
}
