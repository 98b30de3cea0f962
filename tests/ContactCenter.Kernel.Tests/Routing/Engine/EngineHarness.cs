using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

/// <summary>Drives a <see cref="RoutingEngine"/> the way the dispatcher does, on a clock the test moves.</summary>
internal sealed class EngineHarness
{
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);

    public EngineHarness(params Queue[] queues)
    {
        Engine.SetQueues(queues, Now);
    }

    public RoutingEngine Engine { get; } = new();

    public DateTimeOffset Now { get; private set; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static Queue Queue(string id, params SkillRequirement[] skills) =>
        new() { Id = id, Name = new(id, id), ServiceLineId = "line", RequiredSkills = skills };

    public void Agent(string id, AgentSkill[] skills, IReadOnlyList<AgentWorkItem>? work = null, bool routable = true, ChannelCapacity? capacity = null, DateTimeOffset? idleSince = null, bool notResponding = false)
    {
        var version = _versions[id] = _versions.GetValueOrDefault(id) + 1;
        Engine.UpsertAgent(new EngineAgentInput
        {
            Id = id, Skills = skills, Routable = routable, NotResponding = notResponding, Work = work ?? [], Capacity = capacity ?? ChannelCapacity.Default,
            IdleSince = idleSince ?? (work is { Count: > 0 } ? null : Now), Version = version,
        }, Now);
    }

    public void Work(string id, string queueId, SkillRequirement[] skills, ChannelKind channel = ChannelKind.Chat, int priority = 50, string? preferred = null, long version = 1, DateTimeOffset? queuedAt = null) =>
        Engine.Enqueue(new EngineWorkInput
        {
            Id = id, QueueId = queueId, Channel = channel, Priority = priority, RequiredSkills = skills, QueuedAt = queuedAt ?? Now,
            PreferredAgentId = preferred, Version = version,
        }, Now);

    public void Advance(TimeSpan by)
    {
        Now += by;
        Engine.Tick(Now);
    }

    /// <summary>Runs matching to quiescence with longest-idle; each assignment is confirmed as offered unless told not to.</summary>
    public List<Assignment> Route(bool confirm = true, Func<RoutingRequest, RoutingDecision>? strategy = null)
    {
        var made = new List<Assignment>();
        while (Engine.TryNext(Now, out var choice))
        {
            var decision = (strategy ?? CandidateRanking.LongestIdle)(choice!.Request);
            if (Engine.Resolve(choice, decision, "test", fellBack: false, Now) is { } assignment)
            {
                made.Add(assignment);
                if (confirm)
                {
                    Engine.Offered(assignment.InteractionId, choice.Item.Queue.Id, assignment.AgentId, Now);
                }
            }
        }

        return made;
    }

    public static AgentSkill Skill(string id, int level = 5) => new(id, level);
}
