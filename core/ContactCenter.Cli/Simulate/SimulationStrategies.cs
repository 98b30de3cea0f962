using ContactCenter.Kernel.Routing.Simulation;
using ContactCenter.Plugins.Routing.ExpandingRings;
using ContactCenter.Plugins.Routing.LongestIdle;
using ContactCenter.Plugins.Routing.MostSkilled;
using ContactCenter.Plugins.Routing.Predictive;
using ContactCenter.Plugins.Routing.RoundRobin;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Cli.Simulate;

/// <summary>The strategies <c>cc simulate</c> can run, by the names queues use, and how the predictive one is trained.</summary>
internal static class SimulationStrategies
{
    /// <summary>Every strategy name, the kernel's built-in first.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [CandidateRanking.LongestIdleName, LongestIdleAgentStrategy.StrategyName, SkillWeightedStrategy.StrategyName, RoundRobinStrategy.StrategyName,
         ExpandingRingsStrategy.StrategyName, PredictiveStrategy.StrategyName];

    /// <summary>How an outcome is valued: the predictive strategy's fixed formula, for every strategy alike.</summary>
    public static double Score(SimulatedOutcome outcome) =>
        OutcomeFormula.Score(outcome.Resolved, outcome.Transferred, outcome.Repeat, outcome.SurveyScore, outcome.HandleSeconds);

    /// <summary>A fresh strategy (no state carried between runs); <see langword="null"/> means the kernel's built-in.</summary>
    public static IRoutingStrategy? Create(string name, OutcomeModel? model) => name switch
    {
        CandidateRanking.LongestIdleName => null,
        LongestIdleAgentStrategy.StrategyName => new LongestIdleAgentStrategy(),
        SkillWeightedStrategy.StrategyName => new SkillWeightedStrategy(),
        RoundRobinStrategy.StrategyName => new RoundRobinStrategy(),
        ExpandingRingsStrategy.StrategyName => new ExpandingRingsStrategy(),
        PredictiveStrategy.StrategyName => new PredictiveStrategy(new ModelHolder { Current = model ?? OutcomeModel.Empty }),
        _ => throw new CliException($"Unknown strategy '{name}'. Known: {string.Join(", ", Names)}."),
    };

    /// <summary>
    /// Trains the predictive model the way production does: from the outcomes of a day routed by the classic strategy
    /// (the history the kernel records before the predictive strategy is switched on).
    /// </summary>
    public static async Task<OutcomeModel> TrainAsync(TrafficFile training, CancellationToken cancellationToken)
    {
        var history = await RoutingSimulator.RunAsync(training, null, Score, cancellationToken).ConfigureAwait(false);
        var records = history.Outcomes.Select(o => new OutcomeRecord
        {
            InteractionId = o.InteractionId, AgentId = o.AgentId, WorkType = o.WorkType, ClosedAt = o.ClosedAt, HandleSeconds = o.HandleSeconds,
            Resolved = o.Resolved, Transferred = o.Transferred, Repeat = o.Repeat, SurveyScore = o.SurveyScore,
        });
        return OutcomeModel.Train(records, training.Start);
    }
}
