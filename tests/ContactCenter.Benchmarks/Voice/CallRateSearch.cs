using System.Diagnostics;
using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Maximum sustained calls per second with under 1% failed calls: steps the customers' SIPp rate up; each step runs
/// rate × step seconds calls of hold milliseconds with RTP both ways, bridged and recorded. A step passes when under
/// 1% of its calls failed (SIPp's failed calls plus calls that never completed) and the INVITEs reached our server at
/// 95% of the target rate or better (SIPp itself keeping up). The highest passing rate is reported; the search stops
/// at the first failing step.
/// </summary>
internal static class CallRateSearch
{
    public static async Task<double> RunAsync(VoiceBenchServer server, VoiceBenchmarkOptions options)
    {
        Console.WriteLine($"Max CPS: steps of {options.StepSeconds} s, calls of {options.HoldMilliseconds} ms, RTP both ways, bridged and recorded");
        Console.WriteLine("| target cps | calls | ok | failed | INVITEs/s at our server | peak concurrent | CPU per call (our process) | ticks behind | concealed frames | result |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var best = 0.0;
        foreach (var rate in options.Rates)
        {
            var calls = (int)Math.Ceiling(rate * options.StepSeconds);
            var stats = server.Application.Reset();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var limit = (int)Math.Ceiling(rate * ((options.HoldMilliseconds / 1000.0) + 10));
            var outcome = await CustomerCalls.RunAsync(server.Endpoint, rate, calls, limit, options.HoldMilliseconds);
            await VoiceBenchmark.DrainAsync(server);
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var failed = calls - Math.Max(0, outcome.Successful);
            var failedShare = (double)failed / calls;
            var offered = stats.OfferedRate;
            var passed = failedShare < 0.01 && offered >= 0.95 * rate;
            best = passed ? Math.Max(best, rate) : best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rate:0.##} | {calls} | {outcome.Successful} | {failed} ({100 * failedShare:F2}%) | {offered:F1} | {stats.PeakActive} | {cpuMs / Math.Max(1, stats.Bridged):F2} ms | {VoiceBenchmark.Percent(stats.ExpectedTicks - stats.Ticks, stats.ExpectedTicks)} | {VoiceBenchmark.Percent(stats.Concealed, 2 * stats.Ticks)} | {(passed ? "pass" : "FAIL")} |"));
            if (!passed)
            {
                VoiceSipp.PrintLastError(outcome);
                break;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"max sustained CPS with under 1% failed calls: {best:0.##}"));
        return best;
    }
}
