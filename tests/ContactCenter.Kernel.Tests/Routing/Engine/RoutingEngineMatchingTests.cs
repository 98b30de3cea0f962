using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using static ContactCenter.Kernel.Tests.Routing.Engine.EngineHarness;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

public sealed class RoutingEngineMatchingTests
{
    private static readonly SkillRequirement[] Billing3 = [new("billing", 3)];

    [Fact]
    public void Route_AgentBelowMinimumLevel_GetsNothingAndQualifiedAgentGetsWork()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Agent("low", [Skill("billing", 2)]);
        h.Work("w1", "q", Billing3);

        Assert.Empty(h.Route());

        h.Agent("high", [Skill("billing", 3)]);
        var made = Assert.Single(h.Route());
        Assert.Equal(("w1", "high"), (made.InteractionId, made.AgentId));
    }

    [Fact]
    public void Route_HigherPriorityWork_IsServedFirst()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Work("old-normal", "q", Billing3, priority: 50);
        h.Advance(TimeSpan.FromSeconds(30));
        h.Work("new-urgent", "q", Billing3, priority: 90);

        h.Agent("a", [Skill("billing", 5)]);

        Assert.Equal("new-urgent", Assert.Single(h.Route()).InteractionId);
    }

    [Fact]
    public void Route_Ageing_OldWorkOvertakesHigherPriority()
    {
        // 10 points a minute: after 5 minutes the priority-50 work counts 100, above the new priority-90 work.
        var h = new EngineHarness(Queue("q", Billing3) with { PriorityAgeingPerMinute = 10 });
        h.Work("old-normal", "q", Billing3, priority: 50);
        h.Advance(TimeSpan.FromMinutes(5));
        h.Work("new-urgent", "q", Billing3, priority: 90);

        h.Agent("a", [Skill("billing", 5)]);

        Assert.Equal("old-normal", Assert.Single(h.Route()).InteractionId);
    }

    [Fact]
    public void Route_SamePriority_OriginalQueueTimeFirstEvenWhenRequeued()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        var first = h.Now;
        h.Work("first", "q", Billing3);
        h.Advance(TimeSpan.FromSeconds(10));
        h.Work("second", "q", Billing3);

        // "first" was offered, missed, and comes back with a newer version but its original queue time.
        h.Work("first", "q", Billing3, version: 3, queuedAt: first);
        h.Agent("a", [Skill("billing", 5)]);

        Assert.Equal("first", Assert.Single(h.Route()).InteractionId);
    }

    [Fact]
    public void Route_OneAgentTwoItems_OnlyOneClaimUntilOfferedOrReleased()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Work("w1", "q", Billing3);
        h.Work("w2", "q", Billing3);
        h.Agent("a", [Skill("billing", 5)]);

        var made = Assert.Single(h.Route(confirm: false));
        Assert.Empty(h.Route(confirm: false));

        // The reservation failed: the agent and the work are free again, and the work is offered once more.
        h.Engine.Release(made.InteractionId, "a");
        Assert.Equal(made.InteractionId, Assert.Single(h.Route(confirm: false)).InteractionId);
    }

    [Fact]
    public void Route_LongestIdleAgent_IsChosenAndExplained()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Agent("recent", [Skill("billing", 5)], idleSince: h.Now);
        h.Agent("longest", [Skill("billing", 5)], idleSince: h.Now - TimeSpan.FromMinutes(3));
        h.Work("w1", "q", Billing3);

        var made = Assert.Single(h.Route());

        Assert.Equal("longest", made.AgentId);
        Assert.Equal(2, made.Decision.CandidateCount);
        Assert.Equal(["longest", "recent"], made.Decision.TopCandidates.Select(c => c.AgentId));
        Assert.Equal("longest idle first", made.Decision.Explanation);
    }

    [Fact]
    public void Route_StrategyRanksNobody_DeclinesThenRetries()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Agent("a", [Skill("billing", 5)]);
        h.Work("w1", "q", Billing3);

        Assert.Empty(h.Route(strategy: _ => RoutingDecision.None));
        Assert.Empty(h.Route());

        h.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("a", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void Route_StrategyNamesUnknownAgent_IsIgnored()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Agent("a", [Skill("billing", 5)]);
        h.Work("w1", "q", Billing3);

        var made = Assert.Single(h.Route(strategy: r => new RoutingDecision([new RankedCandidate("ghost", 9), .. CandidateRanking.LongestIdle(r).Ranking])));

        Assert.Equal("a", made.AgentId);
    }

    [Fact]
    public void Remove_WorkLeftRouting_IsNeverOffered()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Work("w1", "q", Billing3);
        h.Engine.Remove("w1", "q");
        h.Agent("a", [Skill("billing", 5)]);

        Assert.Empty(h.Route());
        Assert.Equal(0, h.Engine.WaitingCount);
    }

    [Fact]
    public void UpsertAgent_OlderVersion_ChangesNothing()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Agent("a", [Skill("billing", 5)], routable: false);
        h.Engine.UpsertAgent(new() { Id = "a", Skills = [Skill("billing", 5)], Routable = true, Version = 0 }, h.Now);
        h.Work("w1", "q", Billing3);

        Assert.Empty(h.Route());
    }

    [Fact]
    public void Route_NotRespondingAgent_GetsNothing()
    {
        var h = new EngineHarness(Queue("q", Billing3));
        h.Agent("a", [Skill("billing", 5)], notResponding: true);
        h.Work("w1", "q", Billing3);

        Assert.Empty(h.Route());
    }
}
