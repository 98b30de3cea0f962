using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>
/// Waiting work carries the skills its queue required when it was queued plus its own additional ones (maximum level
/// per skill). When the queue's requirement is edited, waiting work takes the new one at once: a skill the work holds
/// at exactly the old queue level came from the queue and is replaced; anything else (an additional skill, or one at a
/// higher level) is the work's own and is kept.
/// </summary>
internal static class SkillRequirements
{
    public static bool SameAs(IReadOnlyList<SkillRequirement> a, IReadOnlyList<SkillRequirement> b) =>
        a.Count == b.Count && a.OrderBy(s => s.SkillId, StringComparer.Ordinal).SequenceEqual(b.OrderBy(s => s.SkillId, StringComparer.Ordinal));

    public static SkillRequirement[] Rebase(IReadOnlyList<SkillRequirement> work, IReadOnlyList<SkillRequirement> before, IReadOnlyList<SkillRequirement> after)
    {
        var own = work.Where(s => !before.Any(b => b.SkillId == s.SkillId && b.MinLevel == s.MinLevel));
        return [.. after.Concat(own)
            .GroupBy(s => s.SkillId, StringComparer.Ordinal)
            .Select(g => new SkillRequirement(g.Key, g.Max(s => s.MinLevel)))];
    }
}
