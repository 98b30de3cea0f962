namespace ContactCenter.Sdk.Domain;

/// <summary>A person who serves customers, with skills, teams and per-channel capacity.</summary>
public sealed record Agent
{
    /// <summary>Unique id (also the agent's user name in the demo, e.g. <c>agent1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to supervisors and, when configured, to customers.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Teams the agent belongs to.</summary>
    public IReadOnlyList<string> TeamIds { get; init; } = [];

    /// <summary>Service lines the agent serves.</summary>
    public IReadOnlyList<string> ServiceLineIds { get; init; } = [];

    /// <summary>Skills with levels from 1 to 10.</summary>
    public IReadOnlyList<AgentSkill> Skills { get; init; } = [];

    /// <summary>How many interactions of each channel kind the agent may handle at once.</summary>
    public ChannelCapacity Capacity { get; init; } = ChannelCapacity.Default;
}
