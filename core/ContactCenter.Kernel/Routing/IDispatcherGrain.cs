using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using Orleans.Concurrency;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// The minimal offer path: one dispatcher that matches waiting work to agents. Interactions and agents notify it one
/// way; it awaits them (reservation, offer), never the reverse, so no call cycle can deadlock.
/// </summary>
internal interface IDispatcherGrain : IGrainWithIntegerKey
{
    /// <summary>Activates the dispatcher, which rebuilds waiting work and agents from the store.</summary>
    Task StartAsync();

    [OneWay]
    Task InteractionChangedAsync(Interaction snapshot);

    [OneWay]
    Task AgentChangedAsync(AgentView view);

    /// <summary>The agent left the directory: it is offered nothing more.</summary>
    [OneWay]
    Task AgentRemovedAsync(string agentId);

    /// <summary>Re-reads what the store says an agent holds and makes the agent match.</summary>
    [OneWay]
    Task ReconcileAgentAsync(string agentId);

    [OneWay]
    Task RunPassAsync();

    /// <summary>A queue was saved or deleted: reload the queues now (not at the next resync) and re-evaluate waiting work.</summary>
    [OneWay]
    Task QueuesChangedAsync();

    /// <summary>The waiting work in routing order (priority, then original queue time), offered work included.</summary>
    Task<WaitingEntry[]> GetWaitingAsync();

    /// <summary>A queue's waiting work with positions and estimated waits, or <see langword="null"/> for an unknown queue.</summary>
    Task<Sdk.Routing.QueueSnapshot?> GetQueueSnapshotAsync(string queueId);
}
