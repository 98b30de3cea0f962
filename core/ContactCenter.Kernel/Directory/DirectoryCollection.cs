using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// A directory collection over a <see cref="KernelRepository{T}"/>, validated by its rules; every stored change is told
/// to the <see cref="IDirectoryChangeObserver"/>s (audit, routing).
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class DirectoryCollection<T>(KernelRepository<T> repository, IEntryRules<T> rules, string kind, IReadOnlyList<IDirectoryChangeObserver> observers)
    : IDirectoryCollection<T>
    where T : class
{

    public async ValueTask<T?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        DirectoryIds.IsValid(id) && await repository.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } found
            ? found.Value
            : null;

    public async ValueTask<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken = default) =>
        (await repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(v => v.Value).ToList();

    public async ValueTask<T> SaveAsync(T entry, CancellationToken cancellationToken = default)
    {
        if (entry is null)
        {
            throw new InvalidRequestException("entry", "The entry is missing.");
        }

        var errors = new ValidationErrors();
        await rules.ValidateAsync(entry, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();
        var id = rules.IdOf(entry);
        var before = observers.Count == 0 ? null : await repository.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var saved = (await repository.UpsertAsync(id, entry, cancellationToken).ConfigureAwait(false)).Value;
        await TellAsync(new DirectoryChange(kind, id, before is null ? DataChange.Created : DataChange.Updated, before?.Value, saved)).ConfigureAwait(false);
        return saved;
    }

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!DirectoryIds.IsValid(id))
        {
            return false;
        }

        var references = await rules.FindReferencesAsync(id, cancellationToken).ConfigureAwait(false);
        if (references.Count > 0)
        {
            throw new InvalidRequestException("id", $"'{id}' is still used by {string.Join(", ", references)}.");
        }

        var before = observers.Count == 0 ? null : await repository.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (!await repository.DeleteAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await TellAsync(new DirectoryChange(kind, id, DataChange.Deleted, before?.Value, null)).ConfigureAwait(false);
        return true;
    }

    private async Task TellAsync(DirectoryChange change)
    {
        // Stored already: the observers are not cancelled half-way by a caller that went away.
        foreach (var observer in observers)
        {
            await observer.ChangedAsync(change, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
