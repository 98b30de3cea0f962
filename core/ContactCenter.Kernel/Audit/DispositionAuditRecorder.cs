using System.Text.Json;
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
        await log.AppendAsync(new AuditEntry(AuditActor.Current ?? "system", $"disposition.{change.Kind}.{change.Change.ToString().ToLowerInvariant()}",
            $"disposition-{change.Kind}/{change.Id}")
        {
            BeforeDigest = Digest(change.Before),
            AfterDigest = Digest(change.After),
            CorrelationId = AuditActor.CorrelationId,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string? Digest(object? entry) =>
        entry is null ? null : AuditHashing.Digest(JsonSerializer.Serialize(entry, entry.GetType(), KernelJson.Options));
}
