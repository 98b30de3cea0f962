using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Dispositions;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// Writes every disposition catalogue change to the audit log as <c>disposition.{code|policy}.created|updated|deleted</c>
/// on <c>disposition-{kind}/{id}</c>, with SHA-256 digests of the entry before and after, like the directory's recorder.
/// </summary>
internal sealed class DispositionAuditRecorder(IAuditLog log) : IDispositionChangeObserver
{
    public async ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var action = $"disposition.{change.Kind}.{change.Change.ToString().ToLowerInvariant()}";
        await log.AppendAsync(ChangeEntries.Create(action, $"disposition-{change.Kind}/{change.Id}", change.Before, change.After), cancellationToken).ConfigureAwait(false);
    }
}
