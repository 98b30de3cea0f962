using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Benchmarks.Realtime;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>
/// The supervisors: many <c>/hubs/supervisor</c> connections reading every <c>MetricsUpdated</c> as a wallboard does
/// (the whole JSON snapshot), each looking for the probe queue's <c>waiting</c>. A round expects a value; the first
/// snapshot showing it at a supervisor stamps that supervisor.
/// </summary>
internal sealed class SupervisorWall : IAsyncDisposable
{
    private readonly int _count;
    private List<HubConnection> _connections = [];
    private volatile Round? _round;
    private long _updates;
    private long _stale;
    private long _bytes;

    private SupervisorWall(int count) => _count = count;

    public long Updates => Interlocked.Read(ref _updates);

    public long Stale => Interlocked.Read(ref _stale);

    public long Bytes => Interlocked.Read(ref _bytes);

    public static async Task<SupervisorWall> ConnectAsync(RunningHost host, int supervisors)
    {
        var wall = new SupervisorWall(supervisors);
        HubClients.KnownAgent = SupervisorDirectory.Agent(0);
        wall._connections = await HubClients.ConnectManyAsync(host, "/hubs/supervisor", supervisors, 16, _ => BenchTokens.Supervisor,
            (i, c) => c.On<JsonElement>("MetricsUpdated", s => wall.OnSnapshot(i, s)));
        return wall;
    }

    /// <summary>Arms a round expecting <paramref name="waiting"/> at the probe queue; returns it to await and read.</summary>
    public Round Arm(int waiting)
    {
        var round = new Round(waiting, _count);
        _round = round;
        return round;
    }

    public async ValueTask DisposeAsync() => await HubClients.DisposeAllAsync(_connections);

    private void OnSnapshot(int supervisor, JsonElement snapshot)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _updates);
        if (snapshot.GetProperty("stale").GetBoolean())
        {
            Interlocked.Increment(ref _stale);
        }

        if (supervisor == 0)
        {
            Interlocked.Add(ref _bytes, snapshot.GetRawText().Length);
        }

        if (_round is { } round && round.Stamps[supervisor] == 0 && ProbeWaiting(snapshot) == round.Waiting)
        {
            round.Stamps[supervisor] = at;
            if (Interlocked.Increment(ref round.Seen) == _count)
            {
                round.All.TrySetResult();
            }
        }
    }

    private static int ProbeWaiting(JsonElement snapshot)
    {
        foreach (var entry in snapshot.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("key").GetString() == SupervisorDirectory.ProbeQueue && entry.GetProperty("scope").GetString() == "Queue")
            {
                return entry.GetProperty("waiting").GetInt32();
            }
        }

        return 0;
    }

    /// <summary>One expected change and when each supervisor saw it (0 = not yet).</summary>
    internal sealed class Round(int waiting, int count)
    {
        public int Waiting { get; } = waiting;

        public long[] Stamps { get; } = new long[count];

        public TaskCompletionSource All { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

#pragma warning disable SA1401, CA1051 // A counter for Interlocked.
        public int Seen;
#pragma warning restore SA1401, CA1051
    }
}
