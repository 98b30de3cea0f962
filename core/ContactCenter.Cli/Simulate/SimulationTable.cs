using System.Globalization;
using ContactCenter.Kernel.Routing.Simulation;

namespace ContactCenter.Cli.Simulate;

/// <summary>Side-by-side tables of simulation reports.</summary>
internal static class SimulationTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<SimulationReport> reports, bool perAgent)
    {
        await output.WriteLineAsync("| strategy | answered | service level | ASA (s) | abandoned | occupancy mean (min–max) | mean outcome | EWT MAE engine / naive (s) |").ConfigureAwait(false);
        await output.WriteLineAsync("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").ConfigureAwait(false);
        foreach (var r in reports)
        {
            var occupancy = r.Occupancy.Values.DefaultIfEmpty(0).ToList();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Strategy} | {r.Answered}/{r.Arrivals} | {r.ServiceLevel:P1} | {r.AverageSpeedOfAnswer:F1} | {r.AbandonRate:P1} | {occupancy.Average():P0} ({occupancy.Min():P0}–{occupancy.Max():P0}) | {r.MeanOutcome:F4} | {r.EwtMeanAbsoluteError:F1} / {r.NaiveMeanAbsoluteError:F1} (n={r.EwtSamples}) |")).ConfigureAwait(false);
        }

        if (!perAgent || reports.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("| agent | " + string.Join(" | ", reports.Select(r => r.Strategy)) + " |").ConfigureAwait(false);
        await output.WriteLineAsync("| --- |" + string.Concat(reports.Select(_ => " ---: |"))).ConfigureAwait(false);
        foreach (var agent in reports[0].Occupancy.Keys.Order(StringComparer.Ordinal))
        {
            var cells = reports.Select(r => r.Occupancy.GetValueOrDefault(agent).ToString("P0", CultureInfo.InvariantCulture));
            await output.WriteLineAsync($"| {agent} | {string.Join(" | ", cells)} |").ConfigureAwait(false);
        }
    }
}
