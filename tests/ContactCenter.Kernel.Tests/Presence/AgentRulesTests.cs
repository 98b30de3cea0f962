using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Tests.Presence;

public sealed class AgentRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(new AgentWorkPhase[0], false, RoutingSubState.Idle)]
    [InlineData(new AgentWorkPhase[0], true, RoutingSubState.NotResponding)]
    [InlineData(new[] { AgentWorkPhase.WrapUp }, true, RoutingSubState.WrapUp)]
    [InlineData(new[] { AgentWorkPhase.WrapUp, AgentWorkPhase.Connected }, false, RoutingSubState.OnContact)]
    [InlineData(new[] { AgentWorkPhase.Connected, AgentWorkPhase.Offered }, false, RoutingSubState.Reserved)]
    public void Derive_WorkInHand_GivesSubStateByPrecedence(AgentWorkPhase[] phases, bool notResponding, RoutingSubState expected) =>
        Assert.Equal(expected, AgentRules.Derive(phases, notResponding));

    [Fact]
    public void WhyNoCapacity_ChatsUpToTheLimit_RefusesOnlyAtTheLimit()
    {
        var capacity = ChannelCapacity.Default;
        var two = Work((ChannelKind.Chat, AgentWorkPhase.Connected), (ChannelKind.Chat, AgentWorkPhase.Connected));
        var three = Work((ChannelKind.Chat, AgentWorkPhase.Connected), (ChannelKind.Chat, AgentWorkPhase.Connected), (ChannelKind.Chat, AgentWorkPhase.WrapUp));

        Assert.Null(AgentRules.WhyNoCapacity(two, capacity, ChannelKind.Chat));
        Assert.Contains("limit 3", AgentRules.WhyNoCapacity(three, capacity, ChannelKind.Chat), StringComparison.Ordinal);
        Assert.Null(AgentRules.WhyNoCapacity(three, capacity, ChannelKind.Email));
    }

    [Fact]
    public void WhyNoCapacity_OnACallThatBlocksDigital_RefusesChatUntilTheCallIsInWrapUp()
    {
        var blocking = ChannelCapacity.Default;
        var open = ChannelCapacity.Default with { VoiceBlocksDigital = false };

        Assert.NotNull(AgentRules.WhyNoCapacity(Work((ChannelKind.Voice, AgentWorkPhase.Connected)), blocking, ChannelKind.Chat));
        Assert.Null(AgentRules.WhyNoCapacity(Work((ChannelKind.Voice, AgentWorkPhase.WrapUp)), blocking, ChannelKind.Chat));
        Assert.Null(AgentRules.WhyNoCapacity(Work((ChannelKind.Voice, AgentWorkPhase.Connected)), open, ChannelKind.Chat));
        Assert.NotNull(AgentRules.WhyNoCapacity(Work((ChannelKind.Voice, AgentWorkPhase.WrapUp)), blocking, ChannelKind.Voice));
    }

    [Fact]
    public void WhyNoCapacity_ChannelMissingFromLimits_HasNoCapacity() =>
        Assert.NotNull(AgentRules.WhyNoCapacity([], new ChannelCapacity(), ChannelKind.Voice));

    [Fact]
    public void WhyNotOfferable_PendingOfferNotRespondingOrNotRoutable_IsRefused()
    {
        var idle = Presence(true);
        Assert.Null(AgentRules.WhyNotOfferable(idle, false, ChannelKind.Chat));
        Assert.NotNull(AgentRules.WhyNotOfferable(idle, true, ChannelKind.Chat));
        Assert.NotNull(AgentRules.WhyNotOfferable(Presence(false), false, ChannelKind.Chat));
        Assert.Contains("offer", AgentRules.WhyNotOfferable(idle with { Work = Work((ChannelKind.Email, AgentWorkPhase.Offered)) }, false, ChannelKind.Chat),
            StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNotOfferable_WorkInWrapUp_RefusedOnEveryChannelEvenWithRoomLeft()
    {
        var wrappingUp = Presence(true) with { Work = Work((ChannelKind.Chat, AgentWorkPhase.Connected), (ChannelKind.Voice, AgentWorkPhase.WrapUp)) };

        Assert.Equal("after-contact work is in progress", AgentRules.WhyNotOfferable(wrappingUp, false, ChannelKind.Chat));
        Assert.Equal("after-contact work is in progress", AgentRules.WhyNotOfferable(wrappingUp, false, ChannelKind.Email));
    }

    [Theory]
    [InlineData(AfterContactWorkMode.None, 30, 0)]
    [InlineData(AfterContactWorkMode.Timed, 30, 30)]
    [InlineData(AfterContactWorkMode.Timed, null, null)]
    [InlineData(AfterContactWorkMode.Manual, 30, null)]
    public void WrapUpRules_EndsAt_FollowsTheQueuesMode(AfterContactWorkMode mode, int? wrapUpSeconds, int? endsAfterSeconds)
    {
        var queue = new Queue { Id = "q", Name = new("Q", "Q"), ServiceLineId = "s", AfterContactWork = mode, WrapUpTime = wrapUpSeconds is { } s ? TimeSpan.FromSeconds(s) : null };

        Assert.Equal(endsAfterSeconds is { } e ? At.AddSeconds(e) : null, WrapUpRules.EndsAt(queue, At));
        Assert.Null(WrapUpRules.EndsAt(null, At));
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(4, 5, false)]
    public void HasSkills_LevelAgainstMinimum_MatchesOnlyAtOrAbove(int level, int minimum, bool expected) =>
        Assert.Equal(expected, AgentRules.HasSkills([new AgentSkill("claims", level), new AgentSkill("lang-en", 9)],
            [new SkillRequirement("claims", minimum), new SkillRequirement("lang-en", 1)]));

    [Fact]
    public void HasSkills_MissingSkill_DoesNotMatch() =>
        Assert.False(AgentRules.HasSkills([new AgentSkill("claims", 9)], [new SkillRequirement("lang-en")]));

    private static List<AgentWorkItem> Work(params (ChannelKind Channel, AgentWorkPhase Phase)[] items) =>
        items.Select((w, i) => new AgentWorkItem($"i{i}", w.Channel, w.Phase, At)).ToList();

    private static AgentPresence Presence(bool routable) => new()
    {
        AgentId = "a", StatusId = routable ? "available" : "break", IsRoutable = routable, StatusSince = At, SubState = RoutingSubState.Idle, SubStateSince = At,
    };
}
