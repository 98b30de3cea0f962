using System.Collections.Concurrent;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Plugins.Health;

/// <summary>State changes are published as events and reported to the SLA heartbeat, periodically too.</summary>
public sealed class PluginNotificationTests
{
    [Fact]
    public async Task Operations_PublishPluginStateChangedForEachState()
    {
        await using var host = await PluginTestHost.StartAsync();
        var states = new ConcurrentQueue<PluginStateChanged>();
        using var subscription = host.Bus.Subscribe(EventTypes.PluginStateChanged, (e, _) =>
        {
            states.Enqueue(e.GetData<PluginStateChanged>(KernelJson.Options)!);
            return ValueTask.CompletedTask;
        });

        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.events", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "p")), default);
        await host.Manager.DisableAsync("cc.test.events", default);

        await Eventually.TrueAsync(() => states.Count >= 4, "four state changes");
        Assert.Equal(
            [PluginState.Loading, PluginState.Active, PluginState.Draining, PluginState.Disabled],
            states.Where(s => s.PluginId == "cc.test.events").Select(s => s.State).Distinct());
    }

    [Fact]
    public async Task Operations_ReportLivenessOnEachChange()
    {
        var sink = new RecordingHeartbeatSink();
        await using var host = await PluginTestHost.StartAsync(
            s => s["CC:Plugins:CallBudget"] = "00:00:02",
            services => services.AddSingleton<IHeartbeatSink>(sink));
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.hb", "1.0.0").WithSource(MisbehavingRouting).WithKinds(PluginKinds.Routing).BuildToDirectory(Path.Combine(host.Work, "p")), default);
        var afterInstall = sink.Calls.Last();

        var request = new RoutingRequest { InteractionId = "i", QueueId = "q", Channel = ChannelKind.Chat, Priority = 1, WaitingSince = default, Now = default, Candidates = [] };
        await host.Routing.TryRankAsync("bad", request, default);
        await host.Routing.TryRankAsync("bad", request, default);
        var afterFault = sink.Calls.Last();
        await host.Manager.DisableAsync("cc.test.hb", default);

        Assert.Equal(("plugin:cc.test.hb", (bool?)true), (afterInstall.Component, afterInstall.Healthy));
        Assert.Equal(("plugin:cc.test.hb", (bool?)false), (afterFault.Component, afterFault.Healthy));
        Assert.StartsWith("Faulted: routing strategy bad threw", afterFault.Description, StringComparison.Ordinal);
        Assert.Equal(("plugin:cc.test.hb", (bool?)null, "forget"), sink.Calls.Last());
    }

    [Fact]
    public async Task Heartbeat_OnEachIntervalOfTheKernelClock_ReportsEnabledPlugins()
    {
        var sink = new RecordingHeartbeatSink();
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var host = await PluginTestHost.StartAsync(
            s => s["CC:Plugins:HeartbeatInterval"] = "00:00:15",
            services => services.AddSingleton<IHeartbeatSink>(sink).AddSingleton<TimeProvider>(time));
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.beat", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "p")), default);
        var before = sink.Calls.Count;

        time.Advance(TimeSpan.FromSeconds(15));
        await Eventually.TrueAsync(() => sink.Calls.Count > before, "a periodic report");
        var periodic = sink.Calls.Last();
        time.Advance(TimeSpan.FromSeconds(15));
        await Eventually.TrueAsync(() => sink.Calls.Count > before + 1, "a second periodic report");

        Assert.Equal("plugin:cc.test.beat", periodic.Component);
        Assert.True(periodic.Healthy);
        Assert.Equal("Active (Healthy)", periodic.Description);
    }

    private const string MisbehavingRouting = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) => services.AddSingleton<IRoutingStrategy, Bad>();
        }

        public sealed class Bad : IRoutingStrategy
        {
            public string Name => "bad";

            public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken ct) => throw new InvalidOperationException("nope");
        }
        """;
}
