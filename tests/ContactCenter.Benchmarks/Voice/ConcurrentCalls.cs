using System.Diagnostics;
using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Maximum concurrent calls with media anchored and recorded: for each N, N long calls are ramped up at the ramp rate
/// and held; once all N are up, our process's CPU is measured over the window (CPU seconds per second ÷ N = share of
/// a core per call). When the calls have ended, the media figures: mixer ticks against the 50 per second the calls
/// asked for (ticks behind: skipped because the previous tick was still running, or the timer fired late), frames
/// concealed by the jitter buffers (nothing arrived in time), packets received per leg against 50 per second. A step
/// passes when under 1% of calls failed, all N were up at once, at least 95% of the customers' RTP packets arrived,
/// and the ticks fell behind by less than --max-behind (default 5%: on the shared machine other processes already
/// delay the timer by a few percent with 10 calls).
/// </summary>
internal static class ConcurrentCalls
{
    public static async Task<int> RunAsync(VoiceBenchServer server, VoiceBenchmarkOptions options)
    {
        Console.WriteLine($"Max concurrent: ramp {options.RampRate} cps, {options.WindowSeconds} s measured with all calls up, RTP both ways, bridged and recorded, pass under {options.MaxBehindPercent}% ticks behind");
        Console.WriteLine("| calls | peak up | failed | process CPU (cores) | CPU per call | ticks behind | overruns | concealed frames | customer RTP in | agent RTP in | recorded | result |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var best = 0;
        foreach (var n in options.Concurrency)
        {
            var ramp = n / options.RampRate;
            var hold = (int)((ramp + options.WindowSeconds + 3) * 1000);
            var stats = server.Application.Reset();
            var run = CustomerCalls.RunAsync(server.Endpoint, options.RampRate, n, n, hold);
            var up = Stopwatch.StartNew();
            while (stats.Active < n && up.Elapsed.TotalSeconds < ramp + 10 && !run.IsCompleted)
            {
                await Task.Delay(100);
            }

            var cores = await MeasureCoresAsync(options.WindowSeconds);
            var perCall = stats.Active > 0 ? cores / stats.Active : double.NaN;
            var outcome = await run;
            await VoiceBenchmark.DrainAsync(server);
            var failed = n - Math.Max(0, outcome.Successful);
            var behind = (double)(stats.ExpectedTicks - stats.Ticks) / Math.Max(1, stats.ExpectedTicks);
            // The customers' RTP must have arrived (SIPp's rtp_stream falls short of 50 packets/s per call on a busy
            // machine): a step with half the media is not a step with media anchored.
            var media = (double)stats.CustomerPackets / Math.Max(1, stats.ExpectedTicks);
            var passed = failed < 0.01 * n && stats.PeakActive >= n && 100 * behind < options.MaxBehindPercent && media >= 0.95;
            best = passed ? n : best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {stats.PeakActive} | {failed} | {cores:F2} | {100 * perCall:F2}% of a core | {VoiceBenchmark.Percent(stats.ExpectedTicks - stats.Ticks, stats.ExpectedTicks)} | {stats.Overruns} | {VoiceBenchmark.Percent(stats.Concealed, 2 * stats.Ticks)} | {VoiceBenchmark.Percent(stats.CustomerPackets, stats.ExpectedTicks)} | {VoiceBenchmark.Percent(stats.AgentPackets, stats.ExpectedTicks)} | {stats.RecordedSeconds:F0} s, {stats.RecordedBytes / 1048576.0:F0} MiB | {(passed ? "pass" : "FAIL")} |"));
            if (!passed)
            {
                break;
            }
        }

        Console.WriteLine($"max concurrent calls, anchored and recorded, ticks on time: {best}");
        return best;
    }

    /// <summary>Our process's CPU over <paramref name="seconds"/>, as cores busy on average.</summary>
    public static async Task<double> MeasureCoresAsync(int seconds)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / wall.Elapsed.TotalSeconds;
    }
}
