using ContactCenter.Plugins.Routing.LongestIdle;
using ContactCenter.Sdk.Routing;
using static ContactCenter.Plugins.Routing.Tests.Requests;

namespace ContactCenter.Plugins.Routing.Tests.Routing.LongestIdle;

public sealed class LongestIdleAgentStrategyTests
{
    [Fact]
    public async Task Rank_IdleAgents_LongestIdleFirstAndSameAsTheKernelsOrder()
    {
        var request = For([Agent("short", 10), Agent("long", 300), Agent("busy") with { IdleSince = null, ActiveInteractions = 1 }]);

        var decision = await new LongestIdleAgentStrategy().RankAsync(request, CancellationToken.None);

        Assert.Equal(["long", "short", "busy"], decision.Ranking.Select(r => r.AgentId));
        Assert.Equal(CandidateRanking.LongestIdle(request).Ranking, decision.Ranking);
        Assert.Equal("idle 300 s", decision.Ranking[0].Reason);
    }

    [Fact]
    public async Task Rank_PreferredAgent_ComesFirst()
    {
        var request = For([Agent("long", 300), Agent("mine", 1)], preferred: "mine");

        Assert.Equal(["mine", "long"], await OrderAsync(new LongestIdleAgentStrategy(), request));
    }

    [Fact]
    public async Task Rank_EqualIdle_TieBreaksOnAgentId()
    {
        Assert.Equal(["a", "b"], await OrderAsync(new LongestIdleAgentStrategy(), For([Agent("b", 5), Agent("a", 5)])));
    }
}
