using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Tests.Presence;

/// <summary>The pure rules of extending a wrap-up (WCAG 2.2.1).</summary>
public sealed class WrapUpRulesTests
{
    private static readonly DateTimeOffset Since = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly Queue Timed = new()
    {
        Id = "q", Name = new("Q", "C"), ServiceLineId = "autos", WrapUpTime = TimeSpan.FromSeconds(30), WrapUpExtension = TimeSpan.FromSeconds(45),
        MaxWrapUpExtensions = 2,
    };

    [Fact]
    public void Extend_BeforeTheEnd_MovesTheEndOutByTheExtensionAndCountsIt()
    {
        var (next, refusal) = WrapUpRules.Extend(Timed, Work(Since + TimeSpan.FromSeconds(30), left: 2), Since + TimeSpan.FromSeconds(25));

        Assert.Equal(WrapUpExtendRefusal.None, refusal);
        Assert.Equal(Since + TimeSpan.FromSeconds(75), next!.WrapUpEndsAt);
        Assert.Equal(1, next.WrapUpExtensionsLeft);
    }

    [Theory]
    [InlineData(30, WrapUpExtendRefusal.TimeIsUp)]
    [InlineData(31, WrapUpExtendRefusal.TimeIsUp)]
    public void Extend_AtOrAfterTheEnd_RefusedAsTimeIsUp(int secondsIn, WrapUpExtendRefusal expected)
    {
        var (next, refusal) = WrapUpRules.Extend(Timed, Work(Since + TimeSpan.FromSeconds(30), left: 2), Since + TimeSpan.FromSeconds(secondsIn));

        Assert.Null(next);
        Assert.Equal(expected, refusal);
    }

    [Fact]
    public void Extend_NoExtensionsLeft_RefusedAsLimitReached()
    {
        var (next, refusal) = WrapUpRules.Extend(Timed, Work(Since + TimeSpan.FromSeconds(30), left: 0), Since);

        Assert.Null(next);
        Assert.Equal(WrapUpExtendRefusal.LimitReached, refusal);
    }

    [Fact]
    public void Extend_FixedQueue_RefusedAsFixed()
    {
        var (next, refusal) = WrapUpRules.Extend(Timed with { MaxWrapUpExtensions = 0 }, Work(Since + TimeSpan.FromSeconds(30), left: 2), Since);

        Assert.Null(next);
        Assert.Equal(WrapUpExtendRefusal.Fixed, refusal);
    }

    [Fact]
    public void Extend_QueueNoLongerTimed_RefusedAsFixed()
    {
        var (_, manual) = WrapUpRules.Extend(Timed with { AfterContactWork = AfterContactWorkMode.Manual }, Work(Since + TimeSpan.FromSeconds(30), left: 2), Since);
        var (_, gone) = WrapUpRules.Extend(null, Work(Since + TimeSpan.FromSeconds(30), left: 2), Since);

        Assert.Equal(WrapUpExtendRefusal.Fixed, manual);
        Assert.Equal(WrapUpExtendRefusal.Fixed, gone);
    }

    [Fact]
    public void Extend_NoEnd_RefusedAsNoTimeLimit()
    {
        var (next, refusal) = WrapUpRules.Extend(Timed, Work(null, left: 0), Since);

        Assert.Null(next);
        Assert.Equal(WrapUpExtendRefusal.NoTimeLimit, refusal);
    }

    [Fact]
    public void Extend_ConnectedWork_RefusedAsNotInWrapUp()
    {
        var (next, refusal) = WrapUpRules.Extend(Timed, Work(null, left: 0) with { Phase = AgentWorkPhase.Connected }, Since);

        Assert.Null(next);
        Assert.Equal(WrapUpExtendRefusal.NotInWrapUp, refusal);
    }

    [Theory]
    [InlineData(AfterContactWorkMode.Timed, 7, 7)]
    [InlineData(AfterContactWorkMode.Manual, 7, 0)]
    [InlineData(AfterContactWorkMode.None, 7, 0)]
    [InlineData(AfterContactWorkMode.Timed, 0, 0)]
    public void ExtensionsAllowed_ByMode_OnlyTimedQueuesAllowAny(AfterContactWorkMode mode, int max, int expected) =>
        Assert.Equal(expected, WrapUpRules.ExtensionsAllowed(Timed with { AfterContactWork = mode, MaxWrapUpExtensions = max }));

    private static AgentWorkEntry Work(DateTimeOffset? endsAt, int left) =>
        new("i-1", ChannelKind.Chat, AgentWorkPhase.WrapUp, Since, 3, "q", endsAt, left);
}
