using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing;

/// <summary>Reads a queue's waiting work as routing sees it now: positions in service order with estimated waits.</summary>
public interface IQueueSnapshotReader
{
    /// <summary>The queue now, or <see langword="null"/> when routing does not know the queue.</summary>
    /// <param name="queueId">The queue.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot, or <see langword="null"/>.</returns>
    ValueTask<QueueSnapshot?> GetAsync(string queueId, CancellationToken cancellationToken = default);
}
