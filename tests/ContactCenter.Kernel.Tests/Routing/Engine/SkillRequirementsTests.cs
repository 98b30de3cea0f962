using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;
using static ContactCenter.Kernel.Tests.Routing.Engine.EngineHarness;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

/// <summary>A queue's edited requirement reaches its waiting work; the work's own additional skills stay.</summary>
public sealed class SkillRequirementsTests
{
    [Fact]
    public void Rebase_QueueLevelLoweredAndSkillAdded_QueuePartReplacedOwnSkillsKept()
    {
        SkillRequirement[] before = [new("claims", 5), new("spanish", 3)];
        SkillRequirement[] after = [new("claims", 3), new("english", 2)];
        SkillRequirement[] work = [new("claims", 5), new("spanish", 7), new("vip", 1)];

        var rebased = SkillRequirements.Rebase(work, before, after);

        Assert.Equal([new("claims", 3), new("english", 2), new("spanish", 7), new("vip", 1)], rebased.OrderBy(s => s.SkillId, StringComparer.Ordinal));
    }

    [Fact]
    public void SetQueues_RequirementRaised_WaitingWorkNoLongerMatchesTheLowLevelAgent()
    {
        var h = new EngineHarness(Queue("q", new SkillRequirement("claims", 5)));
        h.Work("w1", "q", [new SkillRequirement("claims", 5)]);
        h.Engine.SetQueues([Queue("q", new SkillRequirement("claims", 8))], h.Now);
        h.Agent("ana", [Skill("claims", 6)]);

        Assert.Empty(h.Route());
        h.Agent("ben", [Skill("claims", 8)]);
        Assert.Equal("ben", Assert.Single(h.Route()).AgentId);
    }
}
