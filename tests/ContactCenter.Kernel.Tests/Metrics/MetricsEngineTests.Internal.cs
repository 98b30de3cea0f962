using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Domain;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Tests.Metrics;

/// <summary>Internal work (direction Internal, e.g. a consultation to a queue) beside customer contacts on one queue.</summary>
public sealed partial class MetricsEngineTests
{
    [Fact]
    public void Compute_InternalAnsweredBesideACustomer_ContactFiguresCountOnlyTheCustomer()
    {
        _engine.Apply(Presence("ana", "available", RoutingSubState.Idle));
        _engine.Apply(Presence("bob", "available", RoutingSubState.Idle));
        Answer("customer", wait: 10, "q1", agent: "ana");
        Apply("customer", Connected, WrapUp, T0.AddSeconds(130), "q1", "ana");
        Apply("customer", WrapUp, Closed, T0.AddSeconds(160), "q1", "ana");
        _internal.Add("consult");
        Answer("consult", wait: 30, "q1", agent: "bob"); // late: would halve the service level if it counted
        Apply("consult", Connected, Closed, T0.AddSeconds(100), "q1", "bob");

        foreach (var m in new[] { Single(MetricScope.Queue, "q1", T0.AddSeconds(200)), Single(MetricScope.Center, "center", T0.AddSeconds(200)) })
        {
            Assert.Equal((1, 0, 1, 0, 1), (m.Answered, m.Abandoned, m.Handled, m.Transfers, m.Internal));
            Assert.Equal((100.0, 10.0, 150.0), (m.ServiceLevel!.Value, m.AsaSeconds!.Value, m.AhtSeconds!.Value));
            Assert.Equal((0, 0), (m.Waiting, m.InternalWaiting));
        }

        var center = Single(MetricScope.Center, "center", T0.AddSeconds(200));
        Assert.Equal(["ana"], center.HandledTodayByAgent.Keys);
        var bob = _engine.AgentToday("bob", T0.AddSeconds(200));
        Assert.Equal((0, 1, 0, (double?)null), (bob.Handled, bob.Internal, bob.Transfers, bob.AhtSeconds));
        Assert.Equal((1, 0), (_engine.AgentToday("ana", T0.AddSeconds(200)).Handled, _engine.AgentToday("ana", T0.AddSeconds(200)).Internal));
    }

    [Fact]
    public void Compute_InternalEndedBeforeAnswer_NotAbandonedButCountedInternal()
    {
        _internal.UnionWith(["consult-1", "consult-2"]);
        Abandon("consult-1", wait: 40, "q1");
        Apply("consult-2", Created, Queued, T0, "q1");
        Apply("consult-2", Queued, Failed, T0.AddSeconds(3), "q1");
        Abandon("customer", wait: 40, "q1");

        var q = Single(MetricScope.Queue, "q1", T0.AddMinutes(1));

        Assert.Equal((0, 1, 2), (q.Answered, q.Abandoned, q.Internal));
        Assert.Equal((100.0, 0.0), (q.AbandonRate!.Value, q.ServiceLevel!.Value));
    }

    [Fact]
    public void Compute_InternalWaiting_OutOfTheQueueLengthOldestWaitAndWaitingList()
    {
        _internal.Add("consult");
        Apply("consult", Created, Queued, T0, "q1");
        var later = Transition("customer", Created, Queued, T0.AddSeconds(30), "q1", null, version: 1);
        _engine.Apply(later with { Interaction = later.Interaction with { QueuedAt = T0.AddSeconds(30) } });

        var q = Single(MetricScope.Queue, "q1", T0.AddSeconds(60));
        var line = Single(MetricScope.ServiceLine, "autos", T0.AddSeconds(60));

        Assert.Equal((1, 30.0, 1), (q.Waiting, q.OldestWaitSeconds, q.InternalWaiting));
        Assert.Equal((1, 30.0, 1), (line.Waiting, line.OldestWaitSeconds, line.InternalWaiting));
        Assert.Equal(["customer"], _engine.WaitingIn("q1", T0.AddSeconds(60)).Select(w => w.InteractionId));
    }

    [Fact]
    public void Track_InternalAsStored_RebuildKeepsItApartThenItsCloseCountsInternal()
    {
        var stored = Transition("consult", Created, Queued, T0, "q1", null, version: 2).Interaction with { Direction = Direction.Internal };
        _engine.Track(stored);
        var waiting = Single(MetricScope.Queue, "q1", T0.AddSeconds(10));
        _internal.Add("consult");
        _versions["consult"] = 2;
        Apply("consult", Queued, Connected, T0.AddSeconds(12), "q1", "bob");
        Apply("consult", Connected, Closed, T0.AddSeconds(50), "q1", "bob");

        var q = Single(MetricScope.Queue, "q1", T0.AddSeconds(60));

        Assert.Equal((0, 1), (waiting.Waiting, waiting.InternalWaiting));
        Assert.Equal((0, 0, 1, 0), (q.Answered, q.Handled, q.Internal, q.InternalWaiting));
        Assert.Null(q.ServiceLevel);
    }
}
