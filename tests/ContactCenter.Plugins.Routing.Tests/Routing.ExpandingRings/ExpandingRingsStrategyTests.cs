using ContactCenter.Plugins.Routing.ExpandingRings;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using static ContactCenter.Plugins.Routing.Tests.Requests;

namespace ContactCenter.Plugins.Routing.Tests.Routing.ExpandingRings;

public sealed class ExpandingRingsStrategyTests
{
    private static readonly SkillRequirement[] Needs = [new("billing", 2)];

    private static List<RoutingCandidate> Agents() =>
        [Agent("novice", 600, new AgentSkill("billing", 3)), Agent("mid", 300, new AgentSkill("billing", 6)), Agent("star", 10, new AgentSkill("billing", 9))];

    [Theory]
    [InlineData(0, new[] { "star" })]
    [InlineData(15, new[] { "star", "mid" })]
    [InlineData(29, new[] { "star", "mid" })]
    [InlineData(30, new[] { "star", "mid", "novice" })]
    [InlineData(600, new[] { "star", "mid", "novice" })]
    public async Task Rank_RingsOpenAsWorkWaits(int waitedSeconds, string[] expected)
    {
        var request = For(Agents(), Needs, waited: TimeSpan.FromSeconds(waitedSeconds));

        Assert.Equal(expected, await OrderAsync(new ExpandingRingsStrategy(), request));
    }

    [Fact]
    public async Task Rank_PreferredAgentOutsideInnerRing_IsStillOffered()
    {
        var request = For(Agents(), Needs, preferred: "novice");

        Assert.Equal(["novice", "star"], await OrderAsync(new ExpandingRingsStrategy(), request));
    }

    [Fact]
    public async Task Rank_NobodyInOpenRings_RanksNobodyAndExplains()
    {
        var request = For([Agent("novice", 600, new AgentSkill("billing", 3))], Needs);

        var decision = await new ExpandingRingsStrategy().RankAsync(request, CancellationToken.None);

        Assert.Empty(decision.Ranking);
        Assert.Equal("rings 1 to 1 open", decision.Explanation);
    }
}
