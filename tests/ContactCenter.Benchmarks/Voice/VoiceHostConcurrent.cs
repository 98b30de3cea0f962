using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Maximum concurrent calls through the whole host: for each N (--host-concurrency; --agents is sized to the largest
/// unless given, and a step above a given --agents is refused when the options are parsed), N long calls are
/// ramped up at --host-ramp-rate into the line and held; once the last should be bridged (ramp, greeting and 6 s),
/// our process's CPU is measured over --window seconds (cores busy ÷ N = share of a core per call). When the calls
/// have ended, from the store: recordings, interactions closed, the most calls bridged at one instant (recordings
/// overlapping), and the recorded audio against wall time (the mixer writes one 20 ms frame per tick: the shortfall is
/// the share of ticks that came late or were skipped). A step passes with under 1% failed calls, all N bridged at once,
/// every interaction closed and under --host-max-late percent short (1% by default). The search stops at the first
/// failing step.
/// </summary>
internal static class VoiceHostConcurrent
{
    public static async Task<int> RunAsync(VoiceHostServer host, VoiceBenchmarkOptions options)
    {
        var greeting = options.Greeting ? 3 : 0;
        var late = options.HostMaxLatePercent.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"Host max concurrent: store {host.Store}; ramp {options.HostRampRate.ToString(CultureInfo.InvariantCulture)} cps, {options.WindowSeconds} s measured with all calls up, RTP both ways, bridged and recorded, {options.Agents} agents; pass under 1% failed calls and under {late}% short audio (late ticks)");
        Console.WriteLine("| calls | ok | failed | peak calls up | process CPU (cores) | CPU per call | recorded | closed | not closed | created->bridged p50 / p99 | short audio (late ticks) | recorded audio | result |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var best = 0;
        foreach (var n in options.HostConcurrency)
        {
            var ramp = n / options.HostRampRate;
            var upAfter = ramp + greeting + 6;
            var hold = (int)((upAfter + options.WindowSeconds + 2) * 1000);
            var since = TimeProvider.System.GetUtcNow();
            var run = CustomerCalls.RunAsync(host.Endpoint, options.HostRampRate, n, n, hold, VoiceHostServer.Line);
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(upAfter)));
            var cores = await ConcurrentCalls.MeasureCoresAsync(options.WindowSeconds);
            var outcome = await run;
            var ok = Math.Max(0, outcome.Successful);
            var step = await VoiceHostStepRecord.ReadAsync(host.Admin, since, ok, TimeSpan.FromSeconds(60));
            var failed = n - ok;
            var passed = failed < 0.01 * n && step.Recorded >= ok && step.PeakBridged >= n && step.NotClosed.Count == 0 && 100 * step.TicksShort < options.HostMaxLatePercent;
            best = passed ? n : best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {ok} | {failed} | {step.PeakBridged} | {cores:F2} | {100 * cores / Math.Max(1, step.PeakBridged):F2}% of a core | {step.Recorded} | {step.Closed} | {step.NotClosedText} | {VoiceHostStepRecord.Latency(step.CreatedToBridgedMs)} | {100 * step.TicksShort:F2}% | {step.AudioSeconds:F0} s, {step.Bytes / 1048576.0:F0} MiB | {(passed ? "pass" : "FAIL")} |"));
            if (step.Recorded < ok && await VoiceHostStepRecord.DescribeUncountedAsync(host.Admin, since) is { Length: > 0 } uncounted)
            {
                Console.WriteLine($"  {ok - step.Recorded} of {ok} calls not counted as recorded; the step's other recordings: {uncounted}");
            }

            if (!passed)
            {
                VoiceSipp.PrintLastError(outcome);
                break;
            }
        }

        Console.WriteLine($"host ({options.Storage}): max concurrent calls bridged, recorded and closed, under {late}% late ticks: {best} (load average {VoiceBenchmark.LoadAverage()})");
        return best;
    }
}
