using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Routing;

/// <summary>A piece of waiting work and the agents who could take it now.</summary>
public sealed record RoutingRequest
{
    /// <summary>The interaction to route.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The queue it waits in.</summary>
    public required string QueueId { get; init; }

    /// <summary>Its channel kind.</summary>
    public required ChannelKind Channel { get; init; }

    /// <summary>Its priority, from 1 to 99.</summary>
    public required int Priority { get; init; }

    /// <summary>The skills it needs.</summary>
    public IReadOnlyList<SkillRequirement> RequiredSkills { get; init; } = [];

    /// <summary>When it started waiting in the queue.</summary>
    public required DateTimeOffset WaitingSince { get; init; }

    /// <summary>An agent to prefer, if any.</summary>
    public string? PreferredAgentId { get; init; }

    /// <summary>The current time on the kernel's clock.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Agents who meet the requirements and have capacity now. Never empty.</summary>
    public required IReadOnlyList<RoutingCandidate> Candidates { get; init; }

    /// <summary>The customer, when known (e.g. to learn repeat contacts).</summary>
    public string? ContactId { get; init; }

    /// <summary>The interaction's channel and business attributes (never personal data).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>The queue's service-level objective.</summary>
    public ServiceLevelTarget ServiceLevel { get; init; } = ServiceLevelTarget.Default;

    /// <summary>How many interactions wait in the queue now, this one included.</summary>
    public int QueueWaiting { get; init; }

    /// <summary>The queue's overflow step in force (0 before the first step), see <see cref="Queue.Overflow"/>.</summary>
    public int OverflowStep { get; init; }

    /// <summary>The kind of work for learning strategies: <c>{QueueId}/{Channel}</c>.</summary>
    public string WorkType => $"{QueueId}/{Channel}";
}
