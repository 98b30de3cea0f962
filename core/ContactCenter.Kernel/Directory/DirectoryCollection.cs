using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>A directory collection over a <see cref="KernelRepository{T}"/>, validated by its rules.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed class DirectoryCollection<T>(KernelRepository<T> repository, IEntryRules<T> rules) : IDirectoryCollection<T>
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
        return (await repository.UpsertAsync(rules.IdOf(entry), entry, cancellationToken).ConfigureAwait(false)).Value;
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

        return await repository.DeleteAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
