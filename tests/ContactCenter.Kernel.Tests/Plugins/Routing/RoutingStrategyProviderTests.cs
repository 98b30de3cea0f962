using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Plugins.Routing;

public sealed class RoutingStrategyProviderTests
{
    private static string Strategy(string name, string body) => Sources.Startup(
        $"services.AddSingleton<IRoutingStrategy>(new S(\"{name}\"));",
        $$"""
        public sealed class S(string name) : IRoutingStrategy
        {
            public string Name => name;

            public async ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken ct)
            {
                await Task.Yield();
                {{body}}
            }
        }
        """);

    private const string Reverse = "return new RoutingDecision(request.Candidates.Reverse().Select((c, i) => new RankedCandidate(c.AgentId, -i)).ToList(), \"reversed\");";

    [Fact]
    public async Task TryRankAsync_PluginStrategy_ReturnsItsRanking()
    {
        await using var host = await PluginTestHost.StartAsync();
        await Install(host, "cc.test.reverse", Strategy("reverse", Reverse));

        var decision = await host.Routing.TryRankAsync("reverse", Request(), default);

        Assert.Contains("reverse", host.Routing.Names);
        Assert.Equal(["a3", "a2", "a1"], decision!.Ranking.Select(r => r.AgentId));
        Assert.Equal("reversed", decision.Explanation);
    }

    [Fact]
    public async Task TryRankAsync_BuiltInStrategy_IsFoundAndCalled()
    {
        await using var host = await PluginTestHost.StartAsync(services: s => s.AddSingleton<IRoutingStrategy>(new FirstCandidate()));

        var decision = await host.Routing.TryRankAsync("longest-idle", Request(), default);

        Assert.Equal(["longest-idle"], host.Routing.Names);
        Assert.Equal("a1", Assert.Single(decision!.Ranking).AgentId);
    }

    [Theory]
    [InlineData("throw new InvalidOperationException(\"no agents for you\");")]
    [InlineData("await Task.Delay(Timeout.Infinite); return RoutingDecision.None;")]
    public async Task TryRankAsync_StrategyThrowsOrOverruns_ReturnsNull(string body)
    {
        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:CallBudget"] = "00:00:01.500");
        await Install(host, "cc.test.faulty", Strategy("faulty", body));

        Assert.Null(await host.Routing.TryRankAsync("faulty", Request(), default));
        Assert.Null(await host.Routing.TryRankAsync("faulty", Request(), default));
        Assert.Equal(PluginState.Faulted, host.Manager.Get("cc.test.faulty")!.State);
        Assert.Null(await host.Routing.TryRankAsync("faulty", Request(), default));
        Assert.DoesNotContain("faulty", host.Routing.Names);
    }

    [Fact]
    public async Task TryRankAsync_UnknownStrategy_ReturnsNull()
    {
        await using var host = await PluginTestHost.StartAsync();

        Assert.Null(await host.Routing.TryRankAsync("nope", Request(), default));
    }

    [Fact]
    public async Task InstallAsync_StrategyNameOfAnotherPlugin_RefusesTheLaterPlugin()
    {
        await using var host = await PluginTestHost.StartAsync();
        await Install(host, "cc.test.first", Strategy("skills", Reverse));

        var later = await Install(host, "cc.test.second", Strategy("skills", Reverse), expectActive: false);

        Assert.Equal(PluginState.NotSupported, later.State);
        Assert.Contains("Routing strategy 'skills' is already provided by plugin 'cc.test.first'", later.StateReason, StringComparison.Ordinal);
        Assert.Equal(["a3", "a2", "a1"], (await host.Routing.TryRankAsync("skills", Request(), default))!.Ranking.Select(r => r.AgentId));
    }

    [Fact]
    public async Task InstallAsync_StrategyNameOfABuiltIn_IsRefused()
    {
        await using var host = await PluginTestHost.StartAsync(services: s => s.AddSingleton<IRoutingStrategy>(new FirstCandidate()));

        var info = await Install(host, "cc.test.clash", Strategy("longest-idle", Reverse), expectActive: false);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("Routing strategy 'longest-idle' is built into the kernel", info.StateReason, StringComparison.Ordinal);
    }

    private static async Task<Kernel.Plugins.PluginInfo> Install(PluginTestHost host, string id, string source, bool expectActive = true)
    {
        var info = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create(id, "1.0.0").WithKinds(PluginKinds.Routing).WithSource(source).BuildToDirectory(Path.Combine(host.Work, id)), default);
        if (expectActive)
        {
            Assert.Equal(PluginState.Active, info.State);
        }

        return info;
    }

    private static RoutingRequest Request() => new()
    {
        InteractionId = "i-1",
        QueueId = "q-autos",
        Channel = ChannelKind.Voice,
        Priority = 50,
        WaitingSince = DateTimeOffset.UnixEpoch,
        Now = DateTimeOffset.UnixEpoch.AddMinutes(1),
        Candidates = [new RoutingCandidate { AgentId = "a1" }, new RoutingCandidate { AgentId = "a2" }, new RoutingCandidate { AgentId = "a3" }],
    };

    private sealed class FirstCandidate : IRoutingStrategy
    {
        public string Name => "longest-idle";

        public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new RoutingDecision([new RankedCandidate(request.Candidates[0].AgentId, 1)]));
    }
}
