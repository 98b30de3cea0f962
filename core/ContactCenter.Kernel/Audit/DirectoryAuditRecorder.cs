using System.Text.Json;
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
        await log.AppendAsync(new AuditEntry(AuditActor.Current ?? "system", $"directory.{change.Kind}.{change.Change.ToString().ToLowerInvariant()}",
            $"{change.Kind}/{change.Id}")
        {
            BeforeDigest = Digest(change.Before),
            AfterDigest = Digest(change.After),
            CorrelationId = AuditActor.CorrelationId,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string? Digest(object? entry) =>
        entry is null ? null : AuditHashing.Digest(JsonSerializer.Serialize(entry, entry.GetType(), KernelJson.Options));
}
