using ContactCenter.Plugins.Routing.RoundRobin;
using static ContactCenter.Plugins.Routing.Tests.Requests;

namespace ContactCenter.Plugins.Routing.Tests.Routing.RoundRobin;

public sealed class RoundRobinStrategyTests
{
    [Fact]
    public async Task Rank_SuccessiveDecisions_TakeTurnsAndWrapAround()
    {
        var strategy = new RoundRobinStrategy();
        var request = For([Agent("c"), Agent("a"), Agent("b")]);

        string[] firsts = [(await OrderAsync(strategy, request))[0], (await OrderAsync(strategy, request))[0], (await OrderAsync(strategy, request))[0], (await OrderAsync(strategy, request))[0]];

        Assert.Equal(["a", "b", "c", "a"], firsts);
    }

    [Fact]
    public async Task Rank_QueuesRotateIndependently()
    {
        var strategy = new RoundRobinStrategy();
        await OrderAsync(strategy, For([Agent("a"), Agent("b")], queue: "one"));

        Assert.Equal(["a", "b"], await OrderAsync(strategy, For([Agent("a"), Agent("b")], queue: "two")));
        Assert.Equal(["b", "a"], await OrderAsync(strategy, For([Agent("a"), Agent("b")], queue: "one")));
    }

    [Fact]
    public async Task Rank_LastAgentGone_NextInIdOrderTakesTheTurn()
    {
        var strategy = new RoundRobinStrategy();
        await OrderAsync(strategy, For([Agent("a"), Agent("b")]));
        await OrderAsync(strategy, For([Agent("a"), Agent("b")]));

        Assert.Equal(["c", "a"], await OrderAsync(strategy, For([Agent("a"), Agent("c")])));
    }
}
