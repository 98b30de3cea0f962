using ContactCenter.Sdk.Domain;
using static ContactCenter.Kernel.Tests.Routing.Engine.EngineHarness;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

public sealed class RoutingEngineRulesTests
{
    private static readonly SkillRequirement[] Billing5 = [new("billing", 5)];

    [Fact]
    public void Overflow_LowerMinLevelAfterDelay_WidensToLowerLevelAgents()
    {
        var h = new EngineHarness(Queue("q", Billing5) with { Overflow = [new OverflowStep { After = TimeSpan.FromSeconds(30), LowerMinLevelBy = 2 }] });
        h.Agent("junior", [Skill("billing", 3)]);
        h.Work("w1", "q", Billing5);
        Assert.Empty(h.Route());

        h.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(h.Route());

        h.Advance(TimeSpan.FromSeconds(1));
        var made = Assert.Single(h.Route());
        Assert.Equal(("junior", 1), (made.AgentId, made.Decision.OverflowStep));
    }

    [Fact]
    public void Overflow_DropSkill_AnyAgentWithTheRestQualifies()
    {
        SkillRequirement[] both = [new("billing", 1), new("spanish", 1)];
        var h = new EngineHarness(Queue("q", both) with { Overflow = [new OverflowStep { After = TimeSpan.FromSeconds(10), DropSkills = ["spanish"] }] });
        h.Agent("english-only", [Skill("billing", 4)]);
        h.Work("w1", "q", both);
        Assert.Empty(h.Route());

        h.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("english-only", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void Overflow_AddQueue_AgentsOfTheOtherQueueMayTakeTheWork()
    {
        var sales = Queue("sales", [new("sales", 1)]);
        var billing = Queue("billing", Billing5) with { Overflow = [new OverflowStep { After = TimeSpan.FromMinutes(1), AddQueueIds = ["sales"] }] };
        var h = new EngineHarness(billing, sales);
        h.Agent("seller", [Skill("sales", 2)]);
        h.Work("w1", "billing", Billing5);
        Assert.Empty(h.Route());

        h.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("seller", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void PreferredAgent_RoutableButBusy_WorkWaitsForThemUntilTheWaitEnds()
    {
        var h = new EngineHarness(Queue("q", Billing5) with { PreferredAgentWait = TimeSpan.FromSeconds(30) });
        AgentWorkItem[] onCall = [new("call", ChannelKind.Voice, AgentWorkPhase.Connected, h.Now)];
        h.Agent("mine", [Skill("billing", 5)], work: onCall);
        h.Agent("other", [Skill("billing", 5)]);
        h.Work("w1", "q", Billing5, preferred: "mine");
        Assert.Empty(h.Route());

        h.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("other", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void PreferredAgent_FreeAmongOthers_IsChosenFirst()
    {
        var h = new EngineHarness(Queue("q", Billing5));
        h.Agent("longest", [Skill("billing", 5)], idleSince: h.Now - TimeSpan.FromHours(1));
        h.Agent("mine", [Skill("billing", 5)]);
        h.Work("w1", "q", Billing5, preferred: "mine");

        Assert.Equal("mine", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void PreferredAgent_NotRoutable_AnyoneAtOnce()
    {
        var h = new EngineHarness(Queue("q", Billing5));
        h.Agent("mine", [Skill("billing", 5)], routable: false);
        h.Agent("other", [Skill("billing", 5)]);
        h.Work("w1", "q", Billing5, preferred: "mine");

        Assert.Equal("other", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void Capacity_VoiceCallBlocksDigital_UnlessConfiguredOtherwise()
    {
        var h = new EngineHarness(Queue("q", Billing5));
        AgentWorkItem[] onCall = [new("call", ChannelKind.Voice, AgentWorkPhase.Connected, h.Now)];
        h.Agent("blocked", [Skill("billing", 5)], work: onCall);
        h.Work("chat", "q", Billing5, channel: ChannelKind.Chat);
        Assert.Empty(h.Route());

        h.Agent("blocked", [Skill("billing", 5)], work: onCall, capacity: ChannelCapacity.Default with { VoiceBlocksDigital = false });

        Assert.Equal("blocked", Assert.Single(h.Route()).AgentId);
    }

    [Fact]
    public void Capacity_ChatLimitReached_NoMoreChats()
    {
        var h = new EngineHarness(Queue("q", Billing5));
        AgentWorkItem[] threeChats = [.. Enumerable.Range(1, 3).Select(i => new AgentWorkItem($"c{i}", ChannelKind.Chat, AgentWorkPhase.Connected, h.Now))];
        h.Agent("full", [Skill("billing", 5)], work: threeChats);
        h.Work("chat", "q", Billing5, channel: ChannelKind.Chat);
        h.Work("mail", "q", Billing5, channel: ChannelKind.Email);

        Assert.Equal("mail", Assert.Single(h.Route()).InteractionId);
    }

    [Fact]
    public void Capacity_PendingOffer_NoSecondOffer()
    {
        var h = new EngineHarness(Queue("q", Billing5));
        AgentWorkItem[] offered = [new("x", ChannelKind.Chat, AgentWorkPhase.Offered, h.Now)];
        h.Agent("a", [Skill("billing", 5)], work: offered);
        h.Work("w1", "q", Billing5);

        Assert.Empty(h.Route());
    }

    [Fact]
    public void MaxWait_Passed_WorkIsHandedBackForSelfService()
    {
        var h = new EngineHarness(Queue("q", Billing5) with { MaxWait = TimeSpan.FromMinutes(2) });
        h.Work("w1", "q", Billing5);

        h.Advance(TimeSpan.FromMinutes(2));
        var expired = Assert.Single(h.Engine.TakeExpired());
        h.Agent("a", [Skill("billing", 5)]);

        Assert.Equal("w1", expired.Id);
        Assert.Empty(h.Route());
    }

    [Fact]
    public void MaxWait_MoveFailed_WorkGoesOnWaiting()
    {
        var h = new EngineHarness(Queue("q", Billing5) with { MaxWait = TimeSpan.FromMinutes(2) });
        h.Work("w1", "q", Billing5);
        h.Advance(TimeSpan.FromMinutes(2));
        h.Engine.ExpireFailed(Assert.Single(h.Engine.TakeExpired()).Id);

        h.Agent("a", [Skill("billing", 5)]);

        Assert.Equal("w1", Assert.Single(h.Route()).InteractionId);
    }

    [Fact]
    public void Fairness_OccupancyIsReportedToStrategies()
    {
        var h = new EngineHarness(Queue("q", Billing5));
        AgentWorkItem[] busy = [new("c", ChannelKind.Chat, AgentWorkPhase.Connected, h.Now)];
        h.Agent("worked", [Skill("billing", 5)], work: busy);
        h.Agent("rested", [Skill("billing", 5)]);
        h.Advance(TimeSpan.FromMinutes(10));
        h.Agent("worked", [Skill("billing", 5)]);
        h.Agent("rested", [Skill("billing", 5)]);
        h.Work("w1", "q", Billing5);

        var occupancy = new Dictionary<string, double>();
        h.Route(strategy: r =>
        {
            foreach (var c in r.Candidates)
            {
                occupancy[c.AgentId] = c.Occupancy;
            }

            return Sdk.Routing.CandidateRanking.LongestIdle(r);
        });

        Assert.Equal(1.0, occupancy["worked"], 3);
        Assert.Equal(0.0, occupancy["rested"], 3);
    }
}
