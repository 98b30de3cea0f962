using Orleans.Concurrency;

namespace ContactCenter.Kernel.Cluster;

/// <summary>Answers pings from the <c>cluster</c> probe on whichever silo is nearest.</summary>
[StatelessWorker]
internal sealed class ClusterProbeGrain : Grain, IClusterProbeGrain
{
    public Task<string> PingAsync() => Task.FromResult(RuntimeIdentity);
}
