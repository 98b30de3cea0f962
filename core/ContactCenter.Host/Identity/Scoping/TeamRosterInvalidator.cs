using ContactCenter.Kernel.CenterDirectory;

namespace ContactCenter.Host.Identity.Scoping;

/// <summary>
/// Counts the agent and team changes made on this node, so that <see cref="TeamRoster"/> knows its snapshot is stale.
/// It depends on nothing: the directory is built with its observers, so an observer that needed the directory (as the
/// roster does) would make the container recurse.
/// </summary>
internal sealed class TeamRosterInvalidator : IDirectoryChangeObserver
{
    private long _generation;

    /// <summary>Grows by one on every agent or team change.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind is "agent" or "team")
        {
            Interlocked.Increment(ref _generation);
        }

        return ValueTask.CompletedTask;
    }
}
