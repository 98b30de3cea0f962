using ContactCenter.Kernel.Plugins.Approvals;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// Writes plugin permission changes and refusals to the audit log. Changes: <c>plugin.permissions-approved</c>,
/// <c>-revoked</c>, <c>-auto-approved</c> (actor <c>system</c>, a bundled plugin) and <c>-forgotten</c> (uninstalled) on
/// <c>plugin/{id}</c>, with digests of the approval before and after and the sets in the detail (permission names are
/// not secret). Refusals: <c>plugin.permission-denied</c>, actor <c>plugin:{id}</c>, outcome <c>denied</c>.
/// </summary>
internal sealed class PluginPermissionAuditRecorder(IAuditLog log) : IPluginPermissionObserver
{
    public async ValueTask ApprovalChangedAsync(PluginPermissionChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var entry = ChangeEntries.Create("plugin.permissions-" + change.Action, "plugin/" + change.PluginId, change.Before?.Approved, change.After.Approved);
        var actor = change.Action == "auto-approved" ? "system" : entry.Actor;
        var before = string.Join(",", change.Before?.Approved ?? []);
        var after = string.Join(",", change.After.Approved);
        await log.AppendAsync(entry with
        {
            Actor = actor,
            Detail = $"{change.Action}: {string.Join(",", change.Permissions)}; approved before: [{before}]; after: [{after}]",
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeniedAsync(PluginPermissionDenial denial, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(denial);
        var suppressed = denial.Suppressed > 0 ? $"; {denial.Suppressed} similar refusals since the last entry" : string.Empty;
        await log.AppendAsync(new AuditEntry("plugin:" + denial.PluginId, "plugin.permission-denied", "plugin/" + denial.PluginId)
        {
            Outcome = AuditOutcomes.Denied,
            Detail = $"version {denial.Version}: {denial.Operation} needs {denial.Permission} ({denial.Reason}){suppressed}",
            CorrelationId = AuditActor.CorrelationId,
        }, cancellationToken).ConfigureAwait(false);
    }
}
