using System.Collections.Concurrent;
using System.Diagnostics;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>
/// A contact center's day at <c>--rate</c> new interactions per second: each waits in a random queue (0.2–25 s, so
/// some miss the 20 s service level), is offered to an idle agent (Reserved), connected (OnContact), talks 2–10 s,
/// wraps up for 1 s (WrapUp) and closes (Idle again); 5 % abandon instead, and one that finds no idle agent within a
/// minute abandons. Every step is a lifecycle event, with the agent's presence change beside it.
/// </summary>
internal sealed class LifecycleTraffic(LifecycleEvents events, SupervisorOptions options)
{
    private static readonly ChannelKind[] Channels = [ChannelKind.Voice, ChannelKind.Chat, ChannelKind.WhatsApp, ChannelKind.Email];
    private readonly ConcurrentQueue<LifecycleEvents.AgentState> _idle = new();
    private readonly LifecycleEvents.AgentState[] _agents = [.. Enumerable.Range(0, options.Agents).Select(i => new LifecycleEvents.AgentState(SupervisorDirectory.Agent(i)))];
    private long _started;

    public long Started => Interlocked.Read(ref _started);

    /// <summary>Every agent signs in Available and Idle (2,000 presence events at once, as at the start of a shift).</summary>
    public async Task SignInAsync()
    {
        foreach (var agent in _agents)
        {
            await events.PresenceAsync(agent, RoutingSubState.Idle, null, ChannelKind.Voice);
            _idle.Enqueue(agent);
        }
    }

    /// <summary>Starts interactions at the rate until cancelled; lives in flight are cancelled with it.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var begun = Stopwatch.GetTimestamp();
        var due = 0L;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var target = (long)(Stopwatch.GetElapsedTime(begun).TotalSeconds * options.Rate);
                for (; due < target; due++)
                {
                    var n = Interlocked.Increment(ref _started);
                    _ = Task.Run(() => LiveAsync(n, cancellationToken), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Traffic stops with the measurement.
        }
    }

    private async Task LiveAsync(long n, CancellationToken cancellationToken)
    {
        try
        {
            var queue = (int)(n % options.Queues);
            var call = new LifecycleEvents.Call($"bench-i-{n}", Channels[n % Channels.Length], SupervisorDirectory.Queue(queue), SupervisorDirectory.Line(queue), TimeProvider.System.GetUtcNow());
            await events.TransitionAsync(call, InteractionState.Queued, null);
            await Task.Delay(TimeSpan.FromSeconds(0.2 + Random.Shared.NextDouble() * 24.8), cancellationToken);
            var abandons = Random.Shared.NextDouble() < 0.05;
            LifecycleEvents.AgentState? agent = null;
            for (var tries = 0; !abandons && tries < 60 && !_idle.TryDequeue(out agent); tries++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }

            if (agent is null)
            {
                await events.TransitionAsync(call, InteractionState.Abandoned, null);
                return;
            }

            await events.TransitionAsync(call, InteractionState.Offered, agent.Id);
            await events.PresenceAsync(agent, RoutingSubState.Reserved, call.Id, call.Channel);
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            await events.TransitionAsync(call, InteractionState.Connected, agent.Id);
            await events.PresenceAsync(agent, RoutingSubState.OnContact, call.Id, call.Channel);
            await Task.Delay(TimeSpan.FromSeconds(2 + Random.Shared.NextDouble() * 8), cancellationToken);
            await events.TransitionAsync(call, InteractionState.WrapUp, agent.Id);
            await events.PresenceAsync(agent, RoutingSubState.WrapUp, call.Id, call.Channel);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            await events.TransitionAsync(call, InteractionState.Closed, agent.Id);
            await events.PresenceAsync(agent, RoutingSubState.Idle, null, call.Channel);
            _idle.Enqueue(agent);
        }
        catch (OperationCanceledException)
        {
            // The run ended while this interaction was in flight.
        }
    }
}
