using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Presence;

/// <summary>The admin-defined presence statuses in <see cref="KernelCollections.PresenceStatuses"/>.</summary>
internal sealed class PresenceStatusCatalog(IDocumentStore store)
{
    private readonly KernelRepository<PresenceStatusDefinition> _repository = new(store, KernelCollections.PresenceStatuses);

    /// <summary>Inserts each built-in status that is missing; never overwrites an administrator's edit.</summary>
    public async ValueTask SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var status in BuiltInStatuses.All)
        {
            if (await _repository.GetAsync(status.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                try
                {
                    await _repository.InsertAsync(status.Id, status, cancellationToken).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException)
                {
                    // Another node seeded it first: the status exists, which is all seeding wants.
                }
            }
        }
    }

    /// <summary>The statuses, built-in ones first in their usual order, then the others by id.</summary>
    public async ValueTask<IReadOnlyList<PresenceStatusDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await _repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var order = BuiltInStatuses.All.Select(s => s.Id).ToList();
        return all.Select(v => v.Value)
            .OrderBy(s => order.IndexOf(s.Id) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The status <paramref name="statusId"/> after checking <paramref name="reasonCode"/> belongs to it.</summary>
    /// <exception cref="InvalidRequestException">Unknown status, or a reason code the status does not define.</exception>
    public async ValueTask<PresenceStatusDefinition> ResolveAsync(string statusId, string? reasonCode, CancellationToken cancellationToken)
    {
        var status = DirectoryIds.IsValid(statusId) ? (await _repository.GetAsync(statusId, cancellationToken).ConfigureAwait(false))?.Value : null;
        if (status is null)
        {
            throw new InvalidRequestException("statusId", $"Unknown presence status '{statusId}'.");
        }

        if (reasonCode is not null && !status.Reasons.Any(r => r.Code == reasonCode))
        {
            var known = status.Reasons.Count == 0 ? "it has no reason codes" : "its reason codes are " + string.Join(", ", status.Reasons.Select(r => r.Code));
            throw new InvalidRequestException("reasonCode", $"Status '{statusId}' has no reason code '{reasonCode}': {known}.");
        }

        return status;
    }

    /// <summary>Creates or replaces a status definition after validating it.</summary>
    public async ValueTask<PresenceStatusDefinition> SaveAsync(PresenceStatusDefinition status, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        DirectoryIds.Check(errors, "id", status.Id);
        LocalizedNames.Check(errors, status.Name);
        foreach (var reason in status.Reasons)
        {
            DirectoryIds.Check(errors, "reasons", reason.Code);
            errors.Require(!string.IsNullOrWhiteSpace(reason.Name?.En) && !string.IsNullOrWhiteSpace(reason.Name?.Es), "reasons",
                $"Reason '{reason.Code}' needs an English and a Spanish name.");
        }

        foreach (var duplicate in status.Reasons.GroupBy(r => r.Code).Where(g => g.Count() > 1))
        {
            errors.Add("reasons", $"Reason code '{duplicate.Key}' is listed more than once.");
        }

        errors.ThrowIfAny();
        return (await _repository.UpsertAsync(status.Id, status, cancellationToken).ConfigureAwait(false)).Value;
    }
}
