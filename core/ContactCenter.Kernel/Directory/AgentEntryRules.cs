using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// An agent needs a valid id, a display name, known teams, service lines and skills, skill levels from 1 to 10 with
/// no skill twice, and capacities from 0 to <see cref="MaxCapacity"/>.
/// </summary>
internal sealed class AgentEntryRules(DirectoryRepositories repositories) : IEntryRules<Agent>
{
    public const int MaxCapacity = 100;

    public string IdOf(Agent entry) => entry.Id;

    public async ValueTask ValidateAsync(Agent entry, ValidationErrors errors, CancellationToken cancellationToken)
    {
        DirectoryIds.Check(errors, "id", entry.Id);
        errors.Require(!string.IsNullOrWhiteSpace(entry.DisplayName), "displayName", "The display name is required.");
        await DirectoryRepositories.CheckExistAsync(repositories.Teams, entry.TeamIds, "team", "teamIds", errors, cancellationToken).ConfigureAwait(false);
        await DirectoryRepositories.CheckExistAsync(repositories.ServiceLines, entry.ServiceLineIds, "service line", "serviceLineIds", errors, cancellationToken)
            .ConfigureAwait(false);
        await DirectoryRepositories.CheckExistAsync(repositories.Skills, entry.Skills.Select(s => s.SkillId), "skill", "skills", errors, cancellationToken)
            .ConfigureAwait(false);
        foreach (var skill in entry.Skills.Where(s => s.Level is < AgentSkill.MinLevel or > AgentSkill.MaxLevel))
        {
            errors.Add("skills", $"Skill '{skill.SkillId}' has level {skill.Level}; levels go from {AgentSkill.MinLevel} to {AgentSkill.MaxLevel}.");
        }

        foreach (var duplicate in entry.Skills.GroupBy(s => s.SkillId).Where(g => g.Count() > 1))
        {
            errors.Add("skills", $"Skill '{duplicate.Key}' is listed more than once.");
        }

        CheckCapacity(entry.Capacity, errors);
    }

    public ValueTask<IReadOnlyList<string>> FindReferencesAsync(string id, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>([]);

    private static void CheckCapacity(ChannelCapacity? capacity, ValidationErrors errors)
    {
        if (capacity is null)
        {
            errors.Add("capacity", "The capacity is required.");
            return;
        }

        foreach (var (kind, limit) in capacity.Limits)
        {
            errors.Require(Enum.IsDefined(kind), "capacity", $"Unknown channel kind {(int)kind}.");
            errors.Require(limit is >= 0 and <= MaxCapacity, "capacity", $"The capacity for {kind} is {limit}; it must be from 0 to {MaxCapacity}.");
        }
    }
}
