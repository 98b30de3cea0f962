namespace ContactCenter.Sdk.Domain;

/// <summary>A skill a piece of work needs, with the lowest acceptable level.</summary>
/// <param name="SkillId">The skill.</param>
/// <param name="MinLevel">The lowest acceptable level, from 1 to 10.</param>
public sealed record SkillRequirement(string SkillId, int MinLevel = AgentSkill.MinLevel);
