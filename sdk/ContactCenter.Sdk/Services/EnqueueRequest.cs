using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Services;

/// <summary>Which queue an interaction enters, with routing hints.</summary>
public sealed record EnqueueRequest
{
    /// <summary>The queue.</summary>
    public required string QueueId { get; init; }

    /// <summary>Overrides the queue's default priority (1 to 99).</summary>
    public int? Priority { get; init; }

    /// <summary>Skills needed beyond the queue's own.</summary>
    public IReadOnlyList<SkillRequirement> AdditionalSkills { get; init; } = [];

    /// <summary>An agent to prefer (the customer's last agent, one a bot or CRM named).</summary>
    public string? PreferredAgentId { get; init; }
}
