using ContactCenter.Kernel.Sla;

namespace ContactCenter.Host.Cluster;

/// <summary>The <c>cluster</c> component of <c>/readyz</c>: asks the Orleans management grain for the active silos.</summary>
internal sealed class ClusterProbe(IGrainFactory grains) : IComponentProbe
{
    public string Component => "cluster";

    public async ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).ConfigureAwait(false);
        return hosts.Count > 0
            ? new ProbeResult(true, $"{hosts.Count} active silo(s).")
            : new ProbeResult(false, "No active silo.");
    }
}
