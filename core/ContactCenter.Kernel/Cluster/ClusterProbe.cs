using ContactCenter.Kernel.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Cluster;

/// <summary>The <c>cluster</c> component probe: one cheap grain call within the probe's budget.</summary>
internal sealed class ClusterProbe(IServiceProvider services, ClusterReadiness? readiness = null) : IComponentProbe
{
    public string Component => "cluster";

    public async ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IGrainFactory>() is not { } grains)
        {
            return new ProbeResult(false, "No Orleans silo is configured.");
        }

        if (readiness is { Started: false })
        {
            return new ProbeResult(false, "The silo is starting.");
        }

        try
        {
            var silo = await grains.GetGrain<IClusterProbeGrain>(0).PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return new ProbeResult(true, $"Silo {silo} answers.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, "The silo did not answer within the probe's budget.");
        }
        catch (Exception error) when (error is OrleansException or InvalidOperationException or TimeoutException)
        {
            return new ProbeResult(false, $"The silo did not answer: {error.Message}");
        }
    }
}
