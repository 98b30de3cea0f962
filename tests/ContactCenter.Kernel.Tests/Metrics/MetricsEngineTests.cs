using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Tests.Metrics;

/// <summary>The engine's definitions on hand-made transitions at fixed times (no wall clock involved).</summary>
public sealed partial class MetricsEngineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private readonly MetricsEngine _engine = new(new MetricsOptions { DefaultServiceLevelThreshold = TimeSpan.FromSeconds(20) });

    [Fact]
    public void Compute_AnsweredAndAbandoned_ServiceLevelAsaAbandonRateAsDocumented()
    {
        Answer("a", wait: 10, "q1");   // within 20 s
        Answer("b", wait: 30, "q1");   // late
        Abandon("c", wait: 5, "q1");   // short abandon: not in the service level
        Abandon("d", wait: 40, "q1");  // abandoned after the threshold

        var q = Single(MetricScope.Queue, "q1", T0.AddMinutes(2));

        Assert.Equal((2, 2), (q.Answered, q.Abandoned));
        Assert.Equal(Math.Round(100.0 * 1 / 3, 2), q.ServiceLevel);
        Assert.Equal(20, q.AsaSeconds);
        Assert.Equal(50, q.AbandonRate);
    }

    [Fact]
    public void Compute_WaitingAndClosed_OldestWaitAhtHandledTodayAndWindowExpiry()
    {
        Apply("w", Created, Queued, T0, "q1");
        Answer("a", wait: 10, "q1", agent: "ana");
        Apply("a", Connected, WrapUp, T0.AddSeconds(130), "q1", "ana");
        Apply("a", WrapUp, Closed, T0.AddSeconds(160), "q1", "ana");

        var now = Single(MetricScope.Queue, "q1", T0.AddSeconds(200));
        var later = Single(MetricScope.Queue, "q1", T0.AddMinutes(45));

        Assert.Equal((1, 200.0), (now.Waiting, now.OldestWaitSeconds));
        Assert.Equal((1, 150.0), (now.Handled, now.AhtSeconds!.Value));
        Assert.Equal(0, later.Answered);
        Assert.Null(later.AhtSeconds);
        _engine.Apply(Presence("ana", "available", RoutingSubState.Idle));
        Assert.Equal(1, Single(MetricScope.Center, "center", T0.AddMinutes(45)).HandledTodayByAgent["ana"]);
    }

    [Fact]
    public void Apply_ManyFinishedOverTwoDays_ForgetsThoseBeyondTheReplayHorizonOnly()
    {
        // 5,000 abandoned interactions: the first 2,500 two days before the rest.
        for (var i = 0; i < 5000; i++)
        {
            var at = i < 2500 ? T0 : T0.AddDays(2);
            Apply($"i{i}", Created, Queued, at, "q1");
            Apply($"i{i}", Queued, Abandoned, at.AddSeconds(1), "q1");
        }

        // The prune ran once (at the 4,096th finish, two days after the first): only the old ones went.
        Assert.Equal(5000 - 2500, _engine.FinishedCount);
        Assert.False(_engine.Apply(Transition("i4999", Queued, Abandoned, T0.AddDays(2), "q1", null, version: 2)));
    }

    [Fact]
    public void Apply_SameVersionTwice_CountedOnce()
    {
        var queued = Transition("x", Created, Queued, T0, "q1", null, version: 2);
        var connected = Transition("x", Offered, Connected, T0.AddSeconds(5), "q1", "ana", version: 4);

        Assert.True(_engine.Apply(queued));
        Assert.True(_engine.Apply(connected));
        Assert.False(_engine.Apply(connected));
        Assert.Equal(1, Single(MetricScope.Queue, "q1", T0.AddSeconds(10)).Answered);
    }

    [Fact]
    public void Compute_Agents_ByStatusSubStateAndOccupancy()
    {
        _engine.Apply(Presence("a1", "available", RoutingSubState.OnContact));
        _engine.Apply(Presence("a2", "available", RoutingSubState.Idle));
        _engine.Apply(Presence("a3", "break", RoutingSubState.WrapUp));
        _engine.Apply(Presence("a4", "offline", RoutingSubState.Idle));

        var center = Single(MetricScope.Center, "center", T0);

        Assert.Equal(2, center.AgentsByStatus["available"]);
        Assert.Equal(1, center.AgentsByStatus["offline"]);
        Assert.Equal(3, center.AgentsBySubState.Values.Sum());
        Assert.Equal(Math.Round(200.0 / 3, 2), center.Occupancy);
    }

    [Fact]
    public void Compute_TeamsAndLines_EachCountsOnlyItsAgentsAndWaitingWork()
    {
        _engine.SetDirectory(new MetricsDirectory
        {
            AgentTeams = new Dictionary<string, IReadOnlyList<string>> { ["a1"] = ["t1"], ["a2"] = ["t1", "t2"], ["a3"] = ["t2"] },
            AgentLines = new Dictionary<string, IReadOnlyList<string>> { ["a1"] = ["autos"], ["a2"] = ["autos", "salud"], ["a3"] = ["salud"] },
            TeamLines = new Dictionary<string, string?> { ["t1"] = "autos", ["t2"] = "salud" },
        });
        foreach (var agent in new[] { "a1", "a2", "a3" })
        {
            _engine.Apply(Presence(agent, "available", RoutingSubState.Idle));
        }

        Apply("w1", Created, Queued, T0, "q1"); // line autos, no agent yet: the autos teams see it
        Apply("w2", Created, Queued, T0, "q2");

        var teams = _engine.Compute(MetricScope.Team, T0.AddSeconds(5)).ToDictionary(m => m.Key);
        var lines = _engine.Compute(MetricScope.ServiceLine, T0.AddSeconds(5)).ToDictionary(m => m.Key);

        Assert.Equal((2, 2, 5.0), (teams["t1"].Waiting, teams["t1"].AgentsByStatus["available"], teams["t1"].OldestWaitSeconds));
        Assert.Equal((0, 2), (teams["t2"].Waiting, teams["t2"].AgentsByStatus["available"]));
        Assert.Equal((2, 2), (lines["autos"].Waiting, lines["autos"].AgentsByStatus["available"]));
        Assert.Equal((0, 2), (lines["salud"].Waiting, lines["salud"].AgentsByStatus["available"]));
    }

    [Fact]
    public void Evaluate_AlertWithHysteresis_RaisedOnceClearedOnlyPastTheMargin()
    {
        var evaluator = new AlertEvaluator();
        MetricAlertRule[] rules = [new() { Id = "r", TargetKind = "queue", TargetId = "q1", Metric = "oldest-wait-above", Threshold = 60, Hysteresis = 10 }];
        ScopeMetrics Wait(double s) => new() { Scope = MetricScope.Queue, Key = "q1", OldestWaitSeconds = s };

        var raised = evaluator.Evaluate(rules, [Wait(61)], [], T0);
        var still = evaluator.Evaluate(rules, [Wait(55)], [], T0);
        var cleared = evaluator.Evaluate(rules, [Wait(50)], [], T0);

        Assert.True(Assert.Single(raised).Raised);
        Assert.Empty(still);
        Assert.False(Assert.Single(cleared).Raised);
        Assert.Empty(evaluator.Raised);
    }

    [Fact]
    public void AgentToday_ClosedTransferredAndPresenceChanges_AhtTransfersOccupancyAndHistory()
    {
        _engine.Apply(Presence("ana", "available", RoutingSubState.Idle, at: 0, version: 1));
        _engine.Apply(Presence("ana", "available", RoutingSubState.OnContact, at: 60, version: 2));
        _engine.Apply(Presence("ana", "available", RoutingSubState.WrapUp, at: 160, version: 3));
        _engine.Apply(Presence("ana", "available", RoutingSubState.WrapUp, at: 160, version: 4)); // work list only: no new entry
        _engine.Apply(Presence("ana", "break", RoutingSubState.Idle, at: 200, version: 5));
        Answer("a", wait: 10, "q1", agent: "ana");
        Apply("a", Connected, Closed, T0.AddSeconds(70), "q1", "ana");  // handled 60 s
        Answer("b", wait: 10, "q1", agent: "ana");
        Apply("b", Connected, Transferred, T0.AddSeconds(40), "q1", "ana");  // handled 30 s, then transferred

        var day = _engine.AgentToday("ana", T0.AddSeconds(300));

        Assert.Equal((1, 1, 45.0), (day.Handled, day.Transfers, day.AhtSeconds!.Value));
        Assert.Equal(Math.Round(100.0 * 140 / 300, 2), day.Occupancy); // busy 60..200 of 300 s signed in
        Assert.Equal(
            [(0.0, "available", RoutingSubState.Idle), (60.0, "available", RoutingSubState.OnContact), (160.0, "available", RoutingSubState.WrapUp), (200.0, "break", RoutingSubState.Idle)],
            day.History.Select(h => ((h.At - T0).TotalSeconds, h.StatusId, h.SubState)));
    }

    [Fact]
    public void AgentToday_UnknownAgentAndNextDay_ZerosThenAFreshDayFromMidnight()
    {
        _engine.Apply(Presence("ana", "available", RoutingSubState.OnContact, at: 0, version: 1));
        Answer("a", wait: 10, "q1", agent: "ana");
        Apply("a", Connected, Closed, T0.AddSeconds(70), "q1", "ana");

        var unknown = _engine.AgentToday("nobody", T0.AddSeconds(100));
        var tomorrow = _engine.AgentToday("ana", T0.Date.AddDays(1).AddHours(1));

        Assert.Equal((0, 0, (double?)null, (double?)null), (unknown.Handled, unknown.Transfers, unknown.AhtSeconds, unknown.Occupancy));
        Assert.Empty(unknown.History);
        Assert.Equal((0, (double?)null, 100.0), (tomorrow.Handled, tomorrow.AhtSeconds, tomorrow.Occupancy!.Value));
        var start = Assert.Single(tomorrow.History);
        Assert.Equal((new DateTimeOffset(T0.Date.AddDays(1), TimeSpan.Zero), RoutingSubState.OnContact), (start.At, start.SubState));
    }

    [Fact]
    public void WaitingIn_Queue_OnlyItsWaitingContactsLongestFirst()
    {
        var late = Transition("late", Created, Queued, T0.AddSeconds(50), "q1", null, version: 1);
        _engine.Apply(late with { Interaction = late.Interaction with { QueuedAt = T0.AddSeconds(50) } });
        Apply("early", Created, Queued, T0, "q1");
        Apply("other", Created, Queued, T0, "q2");
        Answer("answered", wait: 10, "q1");

        var waiting = _engine.WaitingIn("q1", T0.AddSeconds(100));

        Assert.Equal([("early", 100.0), ("late", 50.0)], waiting.Select(w => (w.InteractionId, w.WaitSeconds)));
        Assert.Empty(_engine.WaitingIn("no-such-queue", T0.AddSeconds(100)));
    }

    private ScopeMetrics Single(MetricScope scope, string key, DateTimeOffset now) => Assert.Single(_engine.Compute(scope, now), m => m.Key == key);

    private void Answer(string id, int wait, string queue, string agent = "ana")
    {
        Apply(id, Created, Queued, T0, queue);
        Apply(id, Queued, Offered, T0.AddSeconds(1), queue, agent);
        Apply(id, Offered, Connected, T0.AddSeconds(wait), queue, agent);
    }

    private void Abandon(string id, int wait, string queue)
    {
        Apply(id, Created, Queued, T0, queue);
        Apply(id, Queued, Abandoned, T0.AddSeconds(wait), queue);
    }

    private readonly Dictionary<string, long> _versions = [];

    /// <summary>Ids whose transitions are internal work (direction Internal); every other id is an inbound contact.</summary>
    private readonly HashSet<string> _internal = [];

    private void Apply(string id, InteractionState from, InteractionState to, DateTimeOffset at, string queue, string? agent = null)
    {
        _versions[id] = _versions.GetValueOrDefault(id) + 1;
        var transition = Transition(id, from, to, at, queue, agent, _versions[id]);
        _engine.Apply(_internal.Contains(id) ? transition with { Interaction = transition.Interaction with { Direction = Direction.Internal } } : transition);
    }

    private static InteractionTransitioned Transition(string id, InteractionState from, InteractionState to, DateTimeOffset at, string queue, string? agent, long version) => new()
    {
        InteractionId = id, From = from, To = to, At = at, Version = version, Channel = ChannelKind.Chat, QueueId = queue, AgentId = agent, ServiceLineId = "autos",
        Interaction = new Interaction
        {
            Id = id, Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = to, Version = version, CreatedAt = T0, StateChangedAt = at, QueuedAt = T0,
            QueueId = queue, AgentId = agent, ServiceLineId = "autos",
        },
    };

    private static AgentPresence Presence(string agent, string status, RoutingSubState sub) => new()
    {
        AgentId = agent, StatusId = status, IsRoutable = status == "available", StatusSince = T0, SubState = sub, SubStateSince = T0, Version = 1,
    };

    private static AgentPresence Presence(string agent, string status, RoutingSubState sub, int at, long version) => Presence(agent, status, sub) with
    {
        StatusSince = status == "available" ? T0 : T0.AddSeconds(at), SubStateSince = T0.AddSeconds(at), Version = version,
    };
}
