using System.Diagnostics;
using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Maximum sustained calls per second through the whole host: the customers' SIPp rate steps up (--host-rates); each
/// step runs rate × --step-seconds calls into the line, each staying --host-hold-ms after the 200 (greeting, queue,
/// the agent's phone rung, bridged, recorded, then the customer's BYE). Per step: SIPp's successful and failed calls,
/// INVITE → 200 at the customer (SIPp's response time; with the greeting the line answers at once, without it the 200
/// comes when the agent's phone has answered and the call is bridged), and from the store the interactions recorded,
/// closed, the time from interaction created to bridged, the rate at which they were created, and our process's CPU
/// per call (the host is this process; SIPp is not). A step passes with under 1% failed calls, interactions created
/// at 95% of the target rate or better, every successful call recorded and every interaction closed. The search stops
/// at the first failing step.
/// </summary>
internal static class VoiceHostCallRate
{
    public static async Task<double> RunAsync(VoiceHostServer host, VoiceBenchmarkOptions options)
    {
        Console.WriteLine($"Host max CPS: store {host.Store}; steps of {options.StepSeconds} s, customers stay {options.HostHoldMilliseconds} ms after the 200, RTP both ways, {(options.Greeting ? "greeting (2.7 s) then queue" : "queued at once (200 on the bridge)")}, {options.Agents} agents");
        Console.WriteLine("  INVITE->200: at the customer (SIPp). created->bridged: interaction created to its first agent leg connected (store); peak calls up: most recordings running at once (from the answer). short audio: recorded audio shorter than wall time (late or skipped 20 ms ticks).");
        Console.WriteLine("| target cps | calls | ok | failed | created/s | INVITE->200 p50 / p99 | created->bridged p50 / p99 | recorded | closed | not closed | peak calls up | CPU per call | short audio | result |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var idle = await ConcurrentCalls.MeasureCoresAsync(3);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  our process idle (no calls, 3 s): {idle:F2} cores; CPU per call below is the step's whole process CPU ÷ calls, idle share included"));
        var best = 0.0;
        foreach (var rate in options.HostRates)
        {
            var calls = (int)Math.Ceiling(rate * options.StepSeconds);
            var since = TimeProvider.System.GetUtcNow();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var limit = (int)Math.Ceiling(rate * ((options.HostHoldMilliseconds / 1000.0) + 10));
            var outcome = await CustomerCalls.RunAsync(host.Endpoint, rate, calls, limit, options.HostHoldMilliseconds, VoiceHostServer.Line, setupTimes: true);
            await Task.Delay(1000);
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var ok = Math.Max(0, outcome.Successful);
            var step = await VoiceHostStepRecord.ReadAsync(host.Admin, since, ok, TimeSpan.FromSeconds(30));
            var failed = calls - ok;
            var failedShare = (double)failed / calls;
            var passed = failedShare < 0.01 && step.CreatedPerSecond >= 0.95 * rate && step.Recorded >= ok && step.NotClosed.Count == 0;
            best = passed ? Math.Max(best, rate) : best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rate:0.##} | {calls} | {ok} | {failed} ({100 * failedShare:F2}%) | {step.CreatedPerSecond:F1} | {VoiceHostStepRecord.Latency(outcome.SetupMilliseconds)} | {VoiceHostStepRecord.Latency(step.CreatedToBridgedMs)} | {step.Recorded} | {step.Closed} | {step.NotClosedText} | {step.PeakBridged} | {cpuMs / Math.Max(1, ok):F1} ms | {100 * step.TicksShort:F2}% | {(passed ? "pass" : "FAIL")} |"));
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

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host ({options.Storage}): max sustained CPS with under 1% failed calls, every call recorded and closed: {best:0.##} (load average {VoiceBenchmark.LoadAverage()})"));
        return best;
    }
}
