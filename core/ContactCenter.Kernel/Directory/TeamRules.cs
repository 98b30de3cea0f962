using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>A team needs a valid id, a name and, when given, a known service line; agents refer to it.</summary>
internal sealed class TeamRules(DirectoryRepositories repositories) : IEntryRules<Team>
{
    public string IdOf(Team entry) => entry.Id;

    public async ValueTask ValidateAsync(Team entry, ValidationErrors errors, CancellationToken cancellationToken)
    {
        DirectoryIds.Check(errors, "id", entry.Id);
        errors.Require(!string.IsNullOrWhiteSpace(entry.Name), "name", "The name is required.");
        if (entry.ServiceLineId is { } line)
        {
            await DirectoryRepositories.CheckExistAsync(repositories.ServiceLines, [line], "service line", "serviceLineId", errors, cancellationToken)
                .ConfigureAwait(false);
        }

        errors.Require(entry.SupervisorIds.All(s => !string.IsNullOrWhiteSpace(s)), "supervisorIds", "Supervisor ids must not be blank.");
    }

    public async ValueTask<IReadOnlyList<string>> FindReferencesAsync(string id, CancellationToken cancellationToken)
    {
        var agents = await repositories.Agents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return agents.Where(a => a.Value.TeamIds.Contains(id)).Select(a => $"agent '{a.Id}'").ToList();
    }
}
