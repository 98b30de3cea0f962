using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>The typed repositories behind the directory, shared by the entry rules for reference checks.</summary>
internal sealed class DirectoryRepositories(IDocumentStore store)
{
    public KernelRepository<Agent> Agents { get; } = new(store, KernelCollections.Agents);

    public KernelRepository<Team> Teams { get; } = new(store, KernelCollections.Teams);

    public KernelRepository<Skill> Skills { get; } = new(store, KernelCollections.Skills);

    public KernelRepository<Queue> Queues { get; } = new(store, KernelCollections.Queues);

    public KernelRepository<ServiceLine> ServiceLines { get; } = new(store, KernelCollections.ServiceLines);

    /// <summary>Adds a problem for each id in <paramref name="ids"/> that <paramref name="repository"/> does not hold.</summary>
    public static async ValueTask CheckExistAsync<T>(KernelRepository<T> repository, IEnumerable<string> ids, string what,
        string field, ValidationErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (!DirectoryIds.IsValid(id))
            {
                errors.Add(field, $"'{id}' is not a valid {what} id ({DirectoryIds.Rule}).");
            }
            else if (await repository.GetAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                errors.Add(field, $"Unknown {what} '{id}'.");
            }
        }
    }
}
