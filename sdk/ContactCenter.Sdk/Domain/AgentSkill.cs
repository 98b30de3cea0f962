namespace ContactCenter.Sdk.Domain;

/// <summary>A skill an agent has, with a proficiency level.</summary>
/// <param name="SkillId">The skill.</param>
/// <param name="Level">Proficiency from 1 (novice) to 10 (expert).</param>
public sealed record AgentSkill(string SkillId, int Level)
{
    /// <summary>The lowest skill level.</summary>
    public const int MinLevel = 1;

    /// <summary>The highest skill level.</summary>
    public const int MaxLevel = 10;
}
