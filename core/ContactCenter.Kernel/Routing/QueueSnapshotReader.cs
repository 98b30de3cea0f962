using ContactCenter.Kernel.Cluster;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing;

/// <summary>Asks the dispatcher grain, which holds the routing engine.</summary>
internal sealed class QueueSnapshotReader(KernelGrains grains) : IQueueSnapshotReader
{
    public async ValueTask<QueueSnapshot?> GetAsync(string queueId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueId);
        return await grains.Factory.GetGrain<IDispatcherGrain>(DispatcherGrain.Key).GetQueueSnapshotAsync(queueId).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
