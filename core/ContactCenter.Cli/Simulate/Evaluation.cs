using System.Globalization;
using ContactCenter.Kernel.Routing.Simulation;
using ContactCenter.Plugins.Routing.Predictive;

namespace ContactCenter.Cli.Simulate;

/// <summary>
/// The predictive strategy against the kernel's longest idle, as the routing issue asks: the outcome formula is fixed
/// in code (<see cref="OutcomeFormula"/>) before any run; for each evaluation seed s the model is trained on a day drawn
/// with seed 1000 + s and evaluated on a different day drawn with seed s, same agent population; then the same for a
/// control population where every agent is identical, where no gain may appear.
/// </summary>
internal static class Evaluation
{
    public static async Task<bool> RunAsync(TextWriter output, int seeds, TrafficOptions baseline, CancellationToken cancellationToken)
    {
        var gained = true;
        foreach (var identical in new[] { false, true })
        {
            await output.WriteLineAsync(identical ? "\ncontrol: identical agents" : "heterogeneous agents").ConfigureAwait(false);
            await output.WriteLineAsync("| eval seed | outcome longest-idle | outcome predictive | Δ outcome | SL longest-idle | SL predictive | ASA li / pr (s) | abandon li / pr | work types where the model claims agents differ |").ConfigureAwait(false);
            await output.WriteLineAsync("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").ConfigureAwait(false);
            var deltas = new List<double>();
            var serviceLevels = new List<(double Classic, double Predictive)>();
            for (var seed = 1; seed <= seeds; seed++)
            {
                var options = baseline with { Seed = seed, PopulationSeed = seed, IdenticalAgents = identical };
                var model = await SimulationStrategies.TrainAsync(TrafficGenerator.Generate(options with { Seed = 1000 + seed }), cancellationToken).ConfigureAwait(false);
                var evaluation = TrafficGenerator.Generate(options);
                var classic = await RoutingSimulator.RunAsync(evaluation, null, SimulationStrategies.Score, cancellationToken).ConfigureAwait(false);
                var predictive = await RoutingSimulator.RunAsync(evaluation, SimulationStrategies.Create(PredictiveStrategy.StrategyName, model), SimulationStrategies.Score, cancellationToken).ConfigureAwait(false);
                deltas.Add(predictive.MeanOutcome - classic.MeanOutcome);
                serviceLevels.Add((classic.ServiceLevel, predictive.ServiceLevel));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {seed} | {classic.MeanOutcome:F4} | {predictive.MeanOutcome:F4} | {deltas[^1]:+0.0000;-0.0000} | {classic.ServiceLevel:P1} | {predictive.ServiceLevel:P1} | {classic.AverageSpeedOfAnswer:F1} / {predictive.AverageSpeedOfAnswer:F1} | {classic.AbandonRate:P1} / {predictive.AbandonRate:P1} | {model.WorkTypes.Values.Count(w => w.OutcomeK is not null)} of {model.WorkTypes.Count} |")).ConfigureAwait(false);
            }

            var mean = deltas.Average();
            var standardError = deltas.Count > 1 ? Math.Sqrt(deltas.Sum(d => (d - mean) * (d - mean)) / (deltas.Count - 1) / deltas.Count) : 0;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"mean Δ outcome {mean:+0.0000;-0.0000} ± {standardError:F4} (standard error over {seeds} seeds); mean SL longest-idle {serviceLevels.Average(s => s.Classic):P1}, predictive {serviceLevels.Average(s => s.Predictive):P1}")).ConfigureAwait(false);
            gained &= identical || mean > 2 * standardError;
        }

        return gained;
    }
}
