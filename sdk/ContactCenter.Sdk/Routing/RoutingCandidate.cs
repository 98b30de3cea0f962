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

    /// <summary>
    /// The share of the agent's recent routable time spent holding work, from 0 to 1 (an exponentially weighted
    /// average over about the last hour); what fairness balances within a team.
    /// </summary>
    public double Occupancy { get; init; }

    /// <summary>The agent's level in <paramref name="skillId"/>, or 0 when the agent lacks the skill.</summary>
    /// <param name="skillId">The skill.</param>
    /// <returns>The level from 1 to 10, or 0.</returns>
    public int LevelOf(string skillId)
    {
        foreach (var skill in Skills)
        {
            if (string.Equals(skill.SkillId, skillId, StringComparison.Ordinal))
            {
                return skill.Level;
            }
        }

        return 0;
    }
}
