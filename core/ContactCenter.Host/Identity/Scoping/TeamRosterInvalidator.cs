using ContactCenter.Kernel.CenterDirectory;

namespace ContactCenter.Host.Identity.Scoping;

/// <summary>Drops the <see cref="TeamRoster"/> snapshot when an agent or a team changes on this node.</summary>
internal sealed class TeamRosterInvalidator(TeamRoster roster) : IDirectoryChangeObserver
{
    public ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind is "agent" or "team")
        {
            roster.Invalidate();
        }

        return ValueTask.CompletedTask;
    }
}
