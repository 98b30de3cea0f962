namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// Told of every directory save and delete once it is stored, before the caller is answered: the audit log records it,
/// and routing re-evaluates waiting work at once when an agent's skills or a queue's rules change.
/// </summary>
internal interface IDirectoryChangeObserver
{
    ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken);
}
