using ContactCenter.Kernel.Events;
using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Sla;

public sealed class SlaServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSlaHeartbeat_HostedHeartbeat_ProbesTheStoreOnTheInjectedClockAndWritesTheLedger()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddInMemoryStore();
        services.AddSingleton<IEventBus, InProcessEventBus>();
        services.AddSlaHeartbeat(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IDocumentStore>();
        await store.EnsureCollectionAsync(KernelCollections.AvailabilityLedger, CancellationToken.None);
        var hosted = provider.GetServices<IHostedService>().OfType<SlaHeartbeatService>().Single();
        var sla = provider.GetRequiredService<ISlaService>();

        Assert.Contains(provider.GetServices<IComponentProbe>(), p => p.Component == "store");
        Assert.Same(provider.GetRequiredService<HeartbeatRegistry>(), provider.GetRequiredService<IHeartbeatSink>());
        await hosted.StartAsync(CancellationToken.None);
        var store1 = await WaitForAsync(sla, r => r.Components.Any(c => c.Name == "store"));
        for (var i = 0; i < 6; i++)
        {
            var before = store1.Components.Single(c => c.Name == "store").LastReport;
            time.Advance(TimeSpan.FromSeconds(10));
            store1 = await WaitForAsync(sla, r => r.Components.Single(c => c.Name == "store").LastReport > before);
        }

        await hosted.StopAsync(CancellationToken.None);
        var component = store1.Components.Single(c => c.Name == "store");
        Assert.True(component.Alive);
        Assert.StartsWith("Memory:", component.Description, StringComparison.Ordinal);
        Assert.NotNull(await store.GetAsync(KernelCollections.AvailabilityLedger.Name, "2026-03-14T10:00:00Z", CancellationToken.None));
    }

    private static async Task<SlaReport> WaitForAsync(ISlaService sla, Func<SlaReport, bool> condition)
    {
        // The hosted service ticks on the thread pool: wait for its effect (bounded, so a broken heartbeat fails the test).
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var report = await sla.GetReportAsync(CancellationToken.None);
            if (condition(report))
            {
                return report;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The hosted heartbeat did not tick.");
    }
}
