using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Sla;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Cluster;

public sealed class ClusterProbeTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    [Fact]
    public async Task ProbeAsync_RunningSilo_IsHealthy()
    {
        var probe = Assert.Single(fixture.Silo.Services.GetServices<IComponentProbe>(), p => p.Component == "cluster");

        var result = await probe.ProbeAsync(CancellationToken.None);

        Assert.True(result.Healthy, result.Description);
    }

    [Fact]
    public async Task ProbeAsync_SiloStillStarting_IsUnhealthyWithoutCallingAGrain()
    {
        var result = await new ClusterProbe(fixture.Silo.Services, new ClusterReadiness()).ProbeAsync(CancellationToken.None);

        Assert.Equal((false, "The silo is starting."), (result.Healthy, result.Description));
    }

    [Fact]
    public async Task ProbeAsync_NoSilo_IsUnhealthyWithAReason()
    {
        var result = await new ClusterProbe(new ServiceCollection().BuildServiceProvider()).ProbeAsync(CancellationToken.None);

        Assert.False(result.Healthy);
        Assert.Contains("silo", result.Description, StringComparison.OrdinalIgnoreCase);
    }
}
