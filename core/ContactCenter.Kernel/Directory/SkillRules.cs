using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>A skill needs a valid id and both names; agents and queues refer to it.</summary>
internal sealed class SkillRules(DirectoryRepositories repositories) : IEntryRules<Skill>
{
    public string IdOf(Skill entry) => entry.Id;

    public ValueTask ValidateAsync(Skill entry, ValidationErrors errors, CancellationToken cancellationToken)
    {
        DirectoryIds.Check(errors, "id", entry.Id);
        LocalizedNames.Check(errors, entry.Name);
        return ValueTask.CompletedTask;
    }

    public async ValueTask<IReadOnlyList<string>> FindReferencesAsync(string id, CancellationToken cancellationToken)
    {
        var agents = await repositories.Agents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var queues = await repositories.Queues.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return agents.Where(a => a.Value.Skills.Any(s => s.SkillId == id)).Select(a => $"agent '{a.Id}'")
            .Concat(queues.Where(q => q.Value.RequiredSkills.Any(s => s.SkillId == id)).Select(q => $"queue '{q.Id}'"))
            .ToList();
    }
}
