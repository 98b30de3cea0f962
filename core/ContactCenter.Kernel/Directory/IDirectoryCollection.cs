namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>One kind of directory entry.</summary>
/// <typeparam name="T">The entry type.</typeparam>
public interface IDirectoryCollection<T>
    where T : class
{
    /// <summary>Reads an entry.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    ValueTask<T?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Reads every entry, ordered by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces an entry after validating it.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry as saved.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">The entry is invalid; every problem is listed and nothing is saved.</exception>
    ValueTask<T> SaveAsync(T entry, CancellationToken cancellationToken = default);

    /// <summary>Deletes an entry that nothing else refers to.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether an entry was deleted.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">Other entries still refer to it; nothing is deleted.</exception>
    ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
