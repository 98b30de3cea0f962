using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Routing;

/// <summary>An agent who could take a piece of work now.</summary>
public sealed record RoutingCandidate
{
    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>The agent's skills and levels.</summary>
    public IReadOnlyList<AgentSkill> Skills { get; init; } = [];

    /// <summary>The agent's teams.</summary>
    public IReadOnlyList<string> TeamIds { get; init; } = [];

    /// <summary>When the agent last became idle, if idle.</summary>
    public DateTimeOffset? IdleSince { get; init; }

    /// <summary>How many interactions the agent holds now, across channels.</summary>
    public int ActiveInteractions { get; init; }
}
