using ContactCenter.Kernel.Routing.Simulation;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Tests.Routing.Simulation;

public sealed class RoutingSimulatorTests
{
    private static readonly TrafficFile Day = TrafficGenerator.Generate(new TrafficOptions { Seed = 3, Agents = 15, Hours = 3, Load = 1.1 });

    [Fact]
    public async Task Run_Day_EveryArrivalAnsweredOnceOrAbandoned()
    {
        var report = await RoutingSimulator.RunAsync(Day, null, _ => 1);

        Assert.Equal(report.Arrivals, report.Answered + report.Abandoned);
        Assert.Equal(report.Answered, report.Outcomes.Select(o => o.InteractionId).Distinct().Count());
        Assert.True(report.Abandoned > 0, "an overloaded day should see some abandonment");
        Assert.InRange(report.ServiceLevel, 0.01, 0.999);
        Assert.All(report.Occupancy.Values, o => Assert.InRange(o, 0, 1));
        Assert.True(report.EwtSamples > 0);
    }

    [Fact]
    public async Task Run_NoAgentHoldsTwoVoiceCallsOrWorkItCannotServe()
    {
        var report = await RoutingSimulator.RunAsync(Day, null, _ => 1);
        var arrivals = Day.Arrivals.ToDictionary(a => a.Id);
        var agents = Day.Agents.ToDictionary(a => a.Id);
        var queues = Day.Queues.ToDictionary(q => q.Id);

        foreach (var outcome in report.Outcomes)
        {
            var required = queues[arrivals[outcome.InteractionId].QueueId].RequiredSkills;
            Assert.True(required.All(r => agents[outcome.AgentId].Skills.Any(s => s.SkillId == r.SkillId && s.Level >= r.MinLevel)), $"{outcome.AgentId} lacks the skills of {outcome.InteractionId}");
        }

        foreach (var calls in report.Outcomes.Where(o => o.WorkType.EndsWith("/Voice", StringComparison.Ordinal)).GroupBy(o => o.AgentId))
        {
            var spans = calls.Select(o => (End: o.ClosedAt, Start: o.ClosedAt.AddSeconds(-o.HandleSeconds))).OrderBy(s => s.Start).ToList();
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.Second.Start >= pair.First.End.AddMilliseconds(-1), $"{calls.Key} held two calls at once"));
        }
    }

    [Fact]
    public async Task Run_SameFileSameStrategy_SameReport()
    {
        var first = await RoutingSimulator.RunAsync(Day, null, o => o.Resolved ? 1 : 0);
        var second = await RoutingSimulator.RunAsync(Day, null, o => o.Resolved ? 1 : 0);

        Assert.Equal(Figures(first), Figures(second));
        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.Equal(first.Occupancy, second.Occupancy);
    }

    [Fact]
    public async Task Run_StrategyPickingTheBestAgent_BetterOutcomeThanLongestIdle()
    {
        var best = new OracleStrategy(Day);

        var classic = await RoutingSimulator.RunAsync(Day, null, o => o.Resolved ? 1 : 0);
        var oracle = await RoutingSimulator.RunAsync(Day, best, o => o.Resolved ? 1 : 0);

        Assert.True(oracle.MeanOutcome > classic.MeanOutcome + 0.05, $"oracle {oracle.MeanOutcome}, longest idle {classic.MeanOutcome}");
        Assert.Equal("oracle", oracle.Strategy);
    }

    [Fact]
    public async Task Run_EngineEstimate_CloserThanNaiveOnAnOverloadedDay()
    {
        var report = await RoutingSimulator.RunAsync(Day, null, _ => 1);

        Assert.True(report.EwtMeanAbsoluteError < report.NaiveMeanAbsoluteError, $"engine {report.EwtMeanAbsoluteError:F1} s, naive {report.NaiveMeanAbsoluteError:F1} s");
    }

    private static (int, int, double, double, double, double, double) Figures(SimulationReport r) =>
        (r.Answered, r.Abandoned, r.ServiceLevel, r.AverageSpeedOfAnswer, r.MeanOutcome, r.EwtMeanAbsoluteError, r.NaiveMeanAbsoluteError);

    /// <summary>Knows the hidden quality: the upper bound a learning strategy approaches.</summary>
    private sealed class OracleStrategy(TrafficFile traffic) : IRoutingStrategy
    {
        public string Name => "oracle";

        public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
        {
            var quality = traffic.Agents.ToDictionary(a => a.Id, a => a.Quality[request.QueueId]);
            return ValueTask.FromResult(new RoutingDecision([.. request.Candidates.OrderByDescending(c => quality[c.AgentId]).Select(c => new RankedCandidate(c.AgentId, quality[c.AgentId]))]));
        }
    }
}
