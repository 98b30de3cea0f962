using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Samples.MostSkilledRouting.Tests;

/// <summary>How the most-skilled strategy ranks, through the kernel's isolated path as routing calls it.</summary>
public sealed class MostSkilledRankingTests : IAsyncLifetime
{
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(typeof(MostSkilledRankingTests).Assembly);

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Rank_DifferentSkillLevels_HighestSumFirst()
    {
        var decision = await RankAsync(
            Candidate("low", 10, ("billing", 2)),
            Candidate("high", 10, ("billing", 9), ("spanish", 5)),
            Candidate("mid", 10, ("billing", 6)));

        Assert.Equal(["high", "mid", "low"], decision.Ranking.Select(r => r.AgentId));
        Assert.Equal([14d, 6d, 2d], decision.Ranking.Select(r => r.Score));
    }

    [Fact]
    public async Task Rank_EqualSkills_LongestIdleFirstThenAgentId()
    {
        var decision = await RankAsync(
            Candidate("b-recent", 1, ("billing", 5)),
            Candidate("c-longest", 30, ("billing", 5)),
            Candidate("a-recent", 1, ("billing", 5)));

        Assert.Equal(["c-longest", "a-recent", "b-recent"], decision.Ranking.Select(r => r.AgentId));
    }

    [Fact]
    public async Task Rank_SkillsNotRequired_DoNotCount()
    {
        var decision = await RankAsync(
            Candidate("generalist", 10, ("billing", 1), ("sales", 10), ("support", 10)),
            Candidate("specialist", 10, ("billing", 3)));

        Assert.Equal("specialist", decision.Ranking[0].AgentId);
        Assert.Contains("billing", decision.Explanation, StringComparison.Ordinal);
    }

    private async Task<RoutingDecision> RankAsync(params RoutingCandidate[] candidates)
    {
        var now = _kernel.Clock.UtcNow;
        var decision = await _kernel.RankAsync(new RoutingRequest
        {
            InteractionId = "i-1", QueueId = "q-billing", Channel = ChannelKind.Chat, Priority = 5,
            RequiredSkills = [new SkillRequirement("billing"), new SkillRequirement("spanish")],
            WaitingSince = now, Now = now, Candidates = candidates,
        });
        Assert.NotNull(decision);
        return decision;
    }

    private RoutingCandidate Candidate(string agentId, int idleMinutes, params (string Skill, int Level)[] skills) => new()
    {
        AgentId = agentId,
        IdleSince = _kernel.Clock.UtcNow.AddMinutes(-idleMinutes),
        Skills = [.. skills.Select(s => new AgentSkill(s.Skill, s.Level))],
    };
}
