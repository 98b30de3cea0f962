using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Routing;

public sealed class StrategySelectionTests
{
    [Fact]
    public async Task Dispatch_QueueStrategyFromProvider_IsFollowed()
    {
        // Ranks the agent that is NOT longest idle first, so following it is visible.
        var provider = new FakeStrategyProvider((r, _) => ValueTask.FromResult<RoutingDecision?>(
            new RoutingDecision(r.Candidates.OrderByDescending(c => c.AgentId, StringComparer.Ordinal).Select(c => new RankedCandidate(c.AgentId, 1)).ToList())));
        await using var silo = await StartAsync(provider);
        var queue = await silo.QueueAsync("claims", strategy: "vip-first");
        await silo.AgentAsync("claims", id: "a-first");
        await silo.AgentAsync("claims", id: "z-last");

        var work = await silo.QueuedAsync(queue);

        Assert.Equal("z-last", (await silo.WaitForStateAsync(work.Id, InteractionState.Offered)).AgentId);
        Assert.True(provider.Calls > 0);
    }

    [Fact]
    public async Task Dispatch_ProviderReturnsNull_FallsBackToLongestIdle()
    {
        var provider = new FakeStrategyProvider((_, _) => ValueTask.FromResult<RoutingDecision?>(null));
        await using var silo = await StartAsync(provider);
        var queue = await silo.QueueAsync("claims", strategy: "vip-first");
        await silo.AgentAsync("claims", id: "a-first");
        await silo.AgentAsync("claims", id: "z-last");

        var work = await silo.QueuedAsync(queue);

        Assert.Equal("a-first", (await silo.WaitForStateAsync(work.Id, InteractionState.Offered)).AgentId);
        Assert.True(provider.Calls > 0);
    }

    [Fact]
    public async Task Dispatch_ProviderNeverAnswers_FallsBackAfterTheBudget()
    {
        var provider = new FakeStrategyProvider((_, _) => new ValueTask<RoutingDecision?>(new TaskCompletionSource<RoutingDecision?>().Task));
        await using var silo = await StartAsync(provider, o => o.StrategyBudget = TimeSpan.FromMilliseconds(100));
        var queue = await silo.QueueAsync("claims", strategy: "vip-first");
        var agent = await silo.AgentAsync("claims");

        var work = await silo.QueuedAsync(queue);

        Assert.Equal(agent, (await silo.WaitForStateAsync(work.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Dispatch_ProviderThrowsOrRanksStrangers_FallsBackOrIgnoresThem()
    {
        var calls = 0;
        var provider = new FakeStrategyProvider((_, _) => Interlocked.Increment(ref calls) % 2 == 1
            ? throw new InvalidOperationException("plugin bug")
            : ValueTask.FromResult<RoutingDecision?>(new RoutingDecision([new RankedCandidate("not-eligible", 9)])));
        await using var silo = await StartAsync(provider);
        var queue = await silo.QueueAsync("claims", strategy: "vip-first");
        var agent = await silo.AgentAsync("claims");

        var first = await silo.QueuedAsync(queue);
        Assert.Equal(agent, (await silo.WaitForStateAsync(first.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task LongestIdle_PreferredAgentThenIdleTimeThenLoad_RanksDeterministically()
    {
        var at = TestSilo.Start;
        var request = new RoutingRequest
        {
            InteractionId = "i", QueueId = "q", Channel = ChannelKind.Chat, Priority = 50, WaitingSince = at, Now = at, PreferredAgentId = "pref",
            Candidates =
            [
                new RoutingCandidate { AgentId = "busy-2", ActiveInteractions = 2 },
                new RoutingCandidate { AgentId = "idle-new", IdleSince = at.AddMinutes(-1) },
                new RoutingCandidate { AgentId = "busy-1", ActiveInteractions = 1 },
                new RoutingCandidate { AgentId = "idle-old", IdleSince = at.AddMinutes(-9) },
                new RoutingCandidate { AgentId = "pref", ActiveInteractions = 2 },
            ],
        };

        var decision = await new LongestIdleStrategy().RankAsync(request, CancellationToken.None);

        Assert.Equal(["pref", "idle-old", "idle-new", "busy-1", "busy-2"], decision.Ranking.Select(r => r.AgentId));
        Assert.Equal("longest-idle", new LongestIdleStrategy().Name);
    }

    private static Task<TestSilo> StartAsync(IRoutingStrategyProvider provider, Action<RoutingOptions>? options = null) =>
        TestSilo.StartAsync(configure: services =>
        {
            services.AddSingleton(provider);
            services.Configure<RoutingOptions>(o => options?.Invoke(o));
        });
}
