using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>A service line needs a valid id and both names; queues, teams and agents refer to it.</summary>
internal sealed class ServiceLineRules(DirectoryRepositories repositories) : IEntryRules<ServiceLine>
{
    public string IdOf(ServiceLine entry) => entry.Id;

    public ValueTask ValidateAsync(ServiceLine entry, ValidationErrors errors, CancellationToken cancellationToken)
    {
        DirectoryIds.Check(errors, "id", entry.Id);
        LocalizedNames.Check(errors, entry.Name);
        return ValueTask.CompletedTask;
    }

    public async ValueTask<IReadOnlyList<string>> FindReferencesAsync(string id, CancellationToken cancellationToken)
    {
        var queues = await repositories.Queues.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var teams = await repositories.Teams.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var agents = await repositories.Agents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return queues.Where(q => q.Value.ServiceLineId == id).Select(q => $"queue '{q.Id}'")
            .Concat(teams.Where(t => t.Value.ServiceLineId == id).Select(t => $"team '{t.Id}'"))
            .Concat(agents.Where(a => a.Value.ServiceLineIds.Contains(id)).Select(a => $"agent '{a.Id}'"))
            .ToList();
    }
}
