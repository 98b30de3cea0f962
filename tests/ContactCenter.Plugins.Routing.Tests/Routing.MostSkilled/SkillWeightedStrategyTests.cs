using ContactCenter.Plugins.Routing.MostSkilled;
using ContactCenter.Sdk.Domain;
using static ContactCenter.Plugins.Routing.Tests.Requests;

namespace ContactCenter.Plugins.Routing.Tests.Routing.MostSkilled;

public sealed class SkillWeightedStrategyTests
{
    [Fact]
    public async Task Rank_HarderSkillWeighsMore()
    {
        // billing asks level 6, spanish level 1: the billing expert wins even with a lower level sum.
        SkillRequirement[] needs = [new("billing", 6), new("spanish", 1)];
        var request = For([Agent("linguist", 300, new AgentSkill("billing", 6), new AgentSkill("spanish", 10)), Agent("expert", 0, new AgentSkill("billing", 9), new AgentSkill("spanish", 2))], needs);

        var decision = await new SkillWeightedStrategy().RankAsync(request, CancellationToken.None);

        Assert.Equal(["expert", "linguist"], decision.Ranking.Select(r => r.AgentId));
        Assert.Equal([56, 46], decision.Ranking.Select(r => r.Score));
        Assert.StartsWith("skill score 56", decision.Ranking[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_EqualScores_LongestIdleBreaksTheTie()
    {
        SkillRequirement[] needs = [new("billing", 3)];
        var request = For([Agent("recent", 5, new AgentSkill("billing", 5)), Agent("long", 60, new AgentSkill("billing", 5))], needs);

        Assert.Equal(["long", "recent"], await OrderAsync(new SkillWeightedStrategy(), request));
    }

    [Fact]
    public async Task Rank_PreferredAgent_StaysFirstEvenLessSkilled()
    {
        SkillRequirement[] needs = [new("billing", 3)];
        var request = For([Agent("expert", 5, new AgentSkill("billing", 10)), Agent("mine", 5, new AgentSkill("billing", 3))], needs, preferred: "mine");

        Assert.Equal(["mine", "expert"], await OrderAsync(new SkillWeightedStrategy(), request));
    }
}
