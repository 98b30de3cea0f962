using System.Diagnostics;
using System.Globalization;
using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Benchmarks;

/// <summary>
/// The routing core at contact-center scale (defaults: 5,000 agents, 200 queues, 50 skills, 20,000 waiting items), on
/// a simulated clock, with the kernel's longest-idle ranking. Two latencies are measured from the event to the offer
/// decision: an agent becoming available while everything waits (each one takes the best work it may), and work being
/// queued while a free agent for it exists (a spare pool keeps free agents next to the 20,000 waiting items).
/// </summary>
internal static class RoutingBenchmark
{
    public static int Run(int agents, int queues, int skills, int waiting, int events, int seed)
    {
        var random = new Random(seed);
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var engine = new RoutingEngine();
        var skillIds = Enumerable.Range(0, skills).Select(i => $"s{i}").ToArray();
        var configs = Enumerable.Range(0, queues).Select(i => new Queue
        {
            Id = $"q{i}", Name = new($"q{i}", $"q{i}"), ServiceLineId = "line", PriorityAgeingPerMinute = 1,
            RequiredSkills = [.. skillIds.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).Select(s => new SkillRequirement(s, 1 + random.Next(4)))],
        }).Append(new Queue { Id = "spare", Name = new("spare", "spare"), ServiceLineId = "line", RequiredSkills = [new("spare")] }).ToList();
        engine.SetQueues(configs, now);
        var versions = new long[agents];
        var busy = new AgentWorkItem[] { new("x", ChannelKind.Voice, AgentWorkPhase.Connected, now) };
        for (var i = 0; i < agents; i++)
        {
            engine.UpsertAgent(AgentInput(i, busy, ++versions[i], skills), now);
        }

        var sequence = 0;
        for (var i = 0; i < waiting; i++)
        {
            engine.Enqueue(Work(configs[random.Next(queues)], ref sequence, now, random), now);
        }

        var available = new long[events];
        var decisions = 0;
        var clock = Stopwatch.StartNew();
        for (var e = 0; e < events; e++)
        {
            now = now.AddMilliseconds(50);
            var agent = random.Next(agents);
            var start = Stopwatch.GetTimestamp();
            engine.UpsertAgent(AgentInput(agent, [], ++versions[agent], skills), now);
            var made = Drain(engine, now, ref decisions);
            available[e] = Stopwatch.GetTimestamp() - start;
            foreach (var assignment in made)
            {
                engine.Offered(assignment.InteractionId, assignment.Decision.QueueId, assignment.AgentId, now);
                engine.Remove(assignment.InteractionId, assignment.Decision.QueueId);
                var index = int.Parse(assignment.AgentId.AsSpan(1), CultureInfo.InvariantCulture);
                engine.UpsertAgent(AgentInput(index, busy, ++versions[index], skills), now);
                engine.Enqueue(Work(configs[random.Next(queues)], ref sequence, now, random), now);
            }
        }

        var agentSeconds = clock.Elapsed.TotalSeconds;
        var queued = QueuedPhase(engine, configs[^1], events, ref now, ref sequence, random, out var queuedDecisions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"routing: {agents} agents, {queues} queues, {skills} skills, {engine.WaitingCount} waiting, {events} events per phase"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agent became available -> offer decision: {decisions / agentSeconds:F0} decisions/s, p50 {Ms(available, 0.50):F3} ms, p99 {Ms(available, 0.99):F3} ms, max {Ms(available, 1):F3} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"item queued -> offer decision: {queuedDecisions} decisions, p50 {Ms(queued, 0.50):F3} ms, p99 {Ms(queued, 0.99):F3} ms, max {Ms(queued, 1):F3} ms"));
        return decisions == 0 ? 1 : 0;
    }

    private static long[] QueuedPhase(RoutingEngine engine, Queue spare, int events, ref DateTimeOffset now, ref int sequence, Random random, out int decisions)
    {
        const int Pool = 50;
        decisions = 0;
        var versions = new long[Pool];
        for (var i = 0; i < Pool; i++)
        {
            engine.UpsertAgent(new EngineAgentInput { Id = $"spare{i}", Skills = [new("spare", 5)], Routable = true, IdleSince = now, Version = ++versions[i] }, now);
        }

        var latencies = new long[events];
        for (var e = 0; e < events; e++)
        {
            now = now.AddMilliseconds(50);
            var start = Stopwatch.GetTimestamp();
            engine.Enqueue(Work(spare, ref sequence, now, random), now);
            var made = Drain(engine, now, ref decisions);
            latencies[e] = Stopwatch.GetTimestamp() - start;
            foreach (var assignment in made)
            {
                engine.Offered(assignment.InteractionId, spare.Id, assignment.AgentId, now);
                engine.Remove(assignment.InteractionId, spare.Id);
                var index = int.Parse(assignment.AgentId.AsSpan(5), CultureInfo.InvariantCulture);
                engine.UpsertAgent(new EngineAgentInput { Id = assignment.AgentId, Skills = [new("spare", 5)], Routable = true, IdleSince = now, Version = ++versions[index] }, now);
            }
        }

        return latencies;
    }

    private static List<Assignment> Drain(RoutingEngine engine, DateTimeOffset now, ref int decisions)
    {
        var made = new List<Assignment>();
        while (engine.TryNext(now, out var choice))
        {
            decisions++;
            if (engine.Resolve(choice!, CandidateRanking.LongestIdle(choice!.Request), CandidateRanking.LongestIdleName, false, now) is { } assignment)
            {
                made.Add(assignment);
            }
        }

        return made;
    }

    private static EngineAgentInput AgentInput(int index, AgentWorkItem[] work, long version, int skills)
    {
        var random = new Random(index);
        return new EngineAgentInput
        {
            Id = $"a{index}", Routable = true, Work = work, Version = version, IdleSince = work.Length == 0 ? DateTimeOffset.UnixEpoch.AddSeconds(version) : null,
            Skills = [.. Enumerable.Range(0, skills).OrderBy(_ => random.Next()).Take(3 + random.Next(4)).Select(s => new AgentSkill($"s{s}", 1 + random.Next(10)))],
        };
    }

    private static EngineWorkInput Work(Queue queue, ref int sequence, DateTimeOffset now, Random random) => new()
    {
        Id = $"w{sequence++}", QueueId = queue.Id, Channel = random.Next(3) == 0 ? ChannelKind.Chat : ChannelKind.Voice, Priority = 1 + random.Next(99),
        RequiredSkills = queue.RequiredSkills, QueuedAt = now, Version = 1,
    };

    private static double Ms(long[] ticks, double quantile)
    {
        var sorted = ticks.Order().ToArray();
        var index = Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / Stopwatch.Frequency;
    }
}
