using ContactCenter.Kernel.CenterDirectory;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// Writes every directory change (agents and their skills, teams, skills, queues, service lines) to the audit log as
/// <c>directory.{kind}.created|updated|deleted</c> on <c>{kind}/{id}</c>, with SHA-256 digests of the entry before and
/// after (the entries themselves stay out of the log). Whoever acts in the flow is the actor (the API caller), else
/// <c>system</c> (demo seeding, start-up). A failure to append propagates to the caller, as for every audited change.
/// </summary>
internal sealed class DirectoryAuditRecorder(IAuditLog log) : IDirectoryChangeObserver
{
    public async ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var action = $"directory.{change.Kind}.{change.Change.ToString().ToLowerInvariant()}";
        await log.AppendAsync(ChangeEntries.Create(action, $"{change.Kind}/{change.Id}", change.Before, change.After), cancellationToken).ConfigureAwait(false);
    }
}
