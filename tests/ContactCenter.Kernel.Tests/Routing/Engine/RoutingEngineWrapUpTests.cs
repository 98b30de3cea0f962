using ContactCenter.Sdk.Domain;
using static ContactCenter.Kernel.Tests.Routing.Engine.EngineHarness;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

/// <summary>The engine keeps agents in after-contact work out of matching, as the agent grain does.</summary>
public sealed class RoutingEngineWrapUpTests
{
    private static readonly SkillRequirement[] Billing = [new("billing", 1)];

    [Fact]
    public void Match_AgentWithACallInWrapUp_GetsNoChatUntilTheWrapUpEnds()
    {
        var h = new EngineHarness(Queue("q", Billing));
        h.Agent("ana", [Skill("billing")], [new AgentWorkItem("call-1", ChannelKind.Voice, AgentWorkPhase.WrapUp, h.Now)]);
        h.Work("chat-1", "q", Billing, ChannelKind.Chat);

        Assert.Empty(h.Route());

        h.Agent("ana", [Skill("billing")], []);
        Assert.Equal(("ana", "chat-1"), Assert.Single(h.Route()) is var made ? (made.AgentId, made.InteractionId) : default);
    }
}
