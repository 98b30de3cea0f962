using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Presence;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// Brings directory changes to routing at once: an agent's entry (skills, levels, capacity) to its agent grain, which
/// republishes its view to the dispatcher (or, for a deleted agent, forgets it and has the dispatcher drop it); a queue's rules to the dispatcher, which reloads the queues. Either way the
/// engine re-evaluates waiting work in the next pass instead of at the next resync. One-way messages: the save is
/// already stored, and routing catches up at the resync if a message is lost.
/// </summary>
internal sealed class RoutingDirectoryObserver(IGrainFactory grains) : IDirectoryChangeObserver
{
    public async ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (change.Kind)
        {
            case "agent":
                await grains.GetGrain<IAgentGrain>(change.Id).RefreshAsync().ConfigureAwait(false);
                break;
            case "queue":
                await grains.GetGrain<IDispatcherGrain>(DispatcherGrain.Key).QueuesChangedAsync().ConfigureAwait(false);
                break;
        }
    }
}
