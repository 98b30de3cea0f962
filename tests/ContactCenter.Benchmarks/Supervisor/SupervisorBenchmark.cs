using System.Diagnostics;
using System.Globalization;
using ContactCenter.Benchmarks.Realtime;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using HdrHistogram;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>
/// Real-time metrics under a contact center's load: <c>--agents</c> agents and <c>--rate</c> interactions per second of
/// lifecycle events into the kernel's metrics engine, published on <c>/hubs/supervisor</c> to <c>--supervisors</c>
/// connected supervisors. Update latency: a probe interaction enters (then leaves) a queue of its own; the time from
/// that event to the first <c>MetricsUpdated</c> showing it, at each supervisor. Plus the cost of one snapshot.
/// </summary>
internal static class SupervisorBenchmark
{
    private const int WarmupSeconds = 10;

    public static async Task<int> RunAsync(SupervisorOptions o)
    {
        var output = Console.Out;
        output.WriteLine($"supervisor benchmark: store={o.Store} agents={o.Agents} teams={o.Teams} queues={o.Queues} rate={o.Rate}/s duration={o.Duration}s "
            + $"supervisors={o.Supervisors} publish={o.PublishMs}ms relay={(o.Relay ? "on" : "off")} cores={Environment.ProcessorCount} load average {CpuMeter.LoadAverage()}");
        var started = Stopwatch.GetTimestamp();
        await using var host = await SupervisorHost.StartAsync(o);
        output.WriteLine($"  host started with {o.Agents} agents seeded in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        var reader = host.App.Services.GetRequiredService<IMetricsReader>();
        var events = new LifecycleEvents(host.App.Services.GetRequiredService<IEventBus>(), TimeProvider.System);
        var traffic = new LifecycleTraffic(events, o);
        await traffic.SignInAsync();

        started = Stopwatch.GetTimestamp();
        await using var wall = await SupervisorWall.ConnectAsync(host, o.Supervisors);
        output.WriteLine($"  {o.Supervisors} supervisor hub sockets connected in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        var idle = CpuMeter.Start();
        await Task.Delay(TimeSpan.FromSeconds(6));
        output.WriteLine($"  idle (publishing, no traffic): {idle.Describe()}");

        using var stop = new CancellationTokenSource();
        var running = traffic.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(WarmupSeconds));

        var table = new LatencyTable();
        var cpu = CpuMeter.Start();
        var (events0, updates0, started0, bytes0) = (events.Published, wall.Updates, traffic.Started, wall.Bytes);
        var cost = SampleCostAsync(reader, o, table, stop.Token);
        var (rounds, missed) = await ProbeAsync(wall, events, o, table);
        var measured = cpu.Elapsed.TotalSeconds;
        var updates = wall.Updates - updates0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  load: {(traffic.Started - started0) / measured:F0} interactions/s started, {(events.Published - events0) / measured:F0} lifecycle events/s published; {cpu.Describe()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  MetricsUpdated: {updates / (double)o.Supervisors / measured:F2} per supervisor per second, {updates / measured:F0} delivered/s in all, "
            + $"{(wall.Bytes - bytes0) / Math.Max(1.0, updates / (double)o.Supervisors) / 1024:F0} KiB each as JSON, {wall.Stale} marked stale; probe rounds {rounds}, supervisors that missed a round {missed}"));
        await stop.CancelAsync();
        await running;
        var (entries, bytes) = await cost;
        output.WriteLine($"  snapshot: {entries} entries (center, channels, queues, lines, teams), {bytes / 1024} KiB serialized");
        table.Print(output);
        return 0;
    }

    /// <summary>Alternates the probe queue between one waiting contact and none; each change is one round.</summary>
    private static async Task<(int Rounds, int Missed)> ProbeAsync(SupervisorWall wall, LifecycleEvents events, SupervisorOptions o, LatencyTable table)
    {
        var each = table.Row($"event → MetricsUpdated at each of {o.Supervisors} supervisors");
        var last = table.Row($"event → MetricsUpdated at the last supervisor");
        var deadline = Stopwatch.GetTimestamp() + (long)(o.Duration * (double)Stopwatch.Frequency);
        var (rounds, missed) = (0, 0);
        for (var n = 1; Stopwatch.GetTimestamp() < deadline; n++)
        {
            var probe = new LifecycleEvents.Call($"bench-probe-{n}", ChannelKind.Voice, SupervisorDirectory.ProbeQueue, SupervisorDirectory.Line(0), TimeProvider.System.GetUtcNow());
            foreach (var (to, waiting) in new[] { (InteractionState.Queued, 1), (InteractionState.Abandoned, 0) })
            {
                var round = wall.Arm(waiting);
                var t0 = Stopwatch.GetTimestamp();
                await events.TransitionAsync(probe, to, null);
                try
                {
                    await round.All.Task.WaitAsync(TimeSpan.FromMilliseconds(o.PublishMs * 3 + 10_000));
                    table.Record(last, t0, round.Stamps.Max());
                }
                catch (TimeoutException)
                {
                    missed += o.Supervisors - round.Seen;
                }

                foreach (var stamp in round.Stamps.Where(s => s != 0))
                {
                    table.Record(each, t0, stamp);
                }

                rounds++;
                // A random pause so probes do not lock onto the publication timer's phase.
                await Task.Delay(TimeSpan.FromMilliseconds(o.PublishMs * (0.1 + Random.Shared.NextDouble())));
            }
        }

        return (rounds, missed);
    }

    /// <summary>Times one full snapshot (every scope) and its JSON, once per publication interval, as the publisher computes it.</summary>
    private static async Task<(int Entries, int Bytes)> SampleCostAsync(IMetricsReader reader, SupervisorOptions o, LatencyTable table, CancellationToken cancellationToken)
    {
        var compute = table.Row("snapshot compute, all scopes (Snapshot(null)), wall");
        var computeCpu = table.Row("snapshot compute, all scopes, thread CPU time");
        var serialize = table.Row("snapshot JSON serialization");
        var (entries, bytes) = (0, 0);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(o.PublishMs), cancellationToken);
                var cpu0 = ThreadCpu.Now();
                var t0 = Stopwatch.GetTimestamp();
                var snapshot = reader.Snapshot(null);
                var t1 = Stopwatch.GetTimestamp();
                table.RecordMicros(computeCpu, (long)(ThreadCpu.Now() - cpu0).TotalMicroseconds);
                bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(snapshot, HubJson.Options).Length;
                table.Record(compute, t0, t1);
                table.Record(serialize, t1, Stopwatch.GetTimestamp());
                entries = snapshot.Entries.Count;
            }
        }
        catch (OperationCanceledException)
        {
            return (entries, bytes);
        }
    }
}
