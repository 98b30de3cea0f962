using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;
using static ContactCenter.Kernel.Tests.Routing.Engine.EngineHarness;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

public sealed class RoutingEngineSnapshotTests
{
    private static readonly SkillRequirement[] Billing = [new("billing", 1)];

    [Fact]
    public void Snapshot_WaitingWork_PositionsInServiceOrderWithNaiveEstimateBeforeHistory()
    {
        var h = new EngineHarness(Queue("q", Billing));
        AgentWorkItem[] busy = [new("x", ChannelKind.Voice, AgentWorkPhase.Connected, h.Now)];
        h.Agent("a", [Skill("billing")], work: busy);
        h.Agent("b", [Skill("billing")], work: busy);
        var start = h.Now;
        h.Work("low", "q", Billing, channel: ChannelKind.Voice, priority: 10);
        h.Advance(TimeSpan.FromSeconds(5));
        h.Work("high", "q", Billing, channel: ChannelKind.Voice, priority: 80);
        h.Route();

        var snapshot = h.Engine.Snapshot("q", h.Now)!;

        Assert.Equal((2, 0, 2, 0), (snapshot.Waiting, snapshot.Offered, snapshot.AgentsStaffed, snapshot.AgentsAvailable));
        Assert.Equal(start, snapshot.OldestQueuedAt);
        Assert.Equal(["high", "low"], snapshot.Positions.Select(p => p.InteractionId));
        Assert.Equal([1, 2], snapshot.Positions.Select(p => p.Position));
        // Naive: position × 5 min AHT ÷ 2 staffed.
        Assert.Equal([TimeSpan.FromMinutes(2.5), TimeSpan.FromMinutes(5)], snapshot.Positions.Select(p => p.EstimatedWait));
    }

    [Fact]
    public void Snapshot_UnknownQueue_IsNull()
    {
        var h = new EngineHarness(Queue("q", Billing));

        Assert.Null(h.Engine.Snapshot("nope", h.Now));
    }

    [Fact]
    public void Snapshot_AfterOffers_CountsOfferedAndLearnsTheServiceInterval()
    {
        var h = new EngineHarness(Queue("q", Billing));
        for (var i = 0; i < 5; i++)
        {
            h.Work($"w{i}", "q", Billing);
        }

        // One agent frees up every 40 s and takes the head of the queue while the rest keep waiting.
        for (var i = 0; i < 3; i++)
        {
            h.Agent($"a{i}", [Skill("billing")]);
            h.Route();
            h.Advance(TimeSpan.FromSeconds(40));
        }

        var snapshot = h.Engine.Snapshot("q", h.Now)!;

        Assert.Equal((2, 3), (snapshot.Waiting, snapshot.Offered));
        Assert.Equal([TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(80)], snapshot.Positions.Select(p => p.EstimatedWait));
        Assert.Equal(["q"], h.Engine.TakeChangedQueues());
        Assert.Empty(h.Engine.TakeChangedQueues());
    }

    [Fact]
    public void WaitEstimator_Naive_IsPositionTimesHandleTimeOverStaffed()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), WaitEstimator.Naive(3, TimeSpan.FromMinutes(1), 2));
        Assert.Equal(TimeSpan.FromMinutes(3), WaitEstimator.Naive(3, TimeSpan.FromMinutes(1), 0));
    }

    [Fact]
    public void WaitEstimator_DeparturesWhileQueueWasEmpty_DoNotCount()
    {
        var estimator = new WaitEstimator();
        var t = DateTimeOffset.UnixEpoch;
        estimator.Departed(t, stillWaiting: 0);
        estimator.Departed(t.AddMinutes(10), stillWaiting: 1);
        Assert.Null(estimator.MeanInterval);

        estimator.Departed(t.AddMinutes(10).AddSeconds(20), stillWaiting: 0);

        Assert.Equal(TimeSpan.FromSeconds(20), estimator.MeanInterval);
    }
}
