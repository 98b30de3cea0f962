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
}
