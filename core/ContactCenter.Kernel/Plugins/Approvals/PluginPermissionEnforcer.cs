using System.Collections.Concurrent;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>
/// Decides each plugin call: granted when the calling version's manifest requests the permission and it is approved
/// now (read from the approval cache on every call, so revocation needs no restart). A refusal is logged and audited
/// at most once a minute per plugin, permission and operation (a plugin retrying in a loop must not flood the log);
/// the next report says how many were suppressed.
/// </summary>
internal sealed partial class PluginPermissionEnforcer(
    PluginPermissionApprovals approvals,
    IEnumerable<IPluginPermissionObserver> observers,
    IClock clock,
    ILogger<PluginPermissionEnforcer> logger)
{
    private static readonly TimeSpan ReportWindow = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string, string, string), Throttle> _throttles = new();

    /// <summary>Whether the call is granted; a refusal is reported.</summary>
    public async ValueTask<string?> CheckAsync(PluginManifest manifest, string permission, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        string? reason = null;
        if (!manifest.Permissions.Contains(permission, StringComparer.Ordinal))
        {
            reason = "not-requested";
        }
        else if (await approvals.FindAsync(manifest.Id, cancellationToken).ConfigureAwait(false) is not { } approval || !approval.Allows(permission))
        {
            reason = "not-approved";
        }

        if (reason is not null)
        {
            await ReportAsync(manifest, permission, operation, reason).ConfigureAwait(false);
        }

        return reason;
    }

    /// <summary>Throws <see cref="PermissionDeniedException"/> unless the call is granted.</summary>
    public async ValueTask DemandAsync(PluginManifest manifest, string permission, string operation, CancellationToken cancellationToken)
    {
        if (await CheckAsync(manifest, permission, operation, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            throw new PermissionDeniedException(permission, Message(manifest.Id, permission, operation, reason));
        }
    }

    public static string Message(string pluginId, string permission, string operation, string reason) => reason == "not-requested"
        ? $"Plugin '{pluginId}' may not {operation}: that needs permission '{permission}', which its plugin.json does not request."
        : $"Plugin '{pluginId}' may not {operation}: that needs permission '{permission}', which an administrator has not approved for it.";

    private async ValueTask ReportAsync(PluginManifest manifest, string permission, string operation, string reason)
    {
        var throttle = _throttles.GetOrAdd((manifest.Id, permission, operation), _ => new Throttle());
        var suppressed = throttle.TryReport(clock.UtcNow, ReportWindow);
        if (suppressed is not { } count)
        {
            return;
        }

        LogDenied(manifest.Id, manifest.VersionText, permission, operation, reason, count);
        var denial = new PluginPermissionDenial(manifest.Id, manifest.VersionText, permission, operation, reason, count);
        foreach (var observer in observers)
        {
            try
            {
                await observer.DeniedAsync(denial, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The refusal stands whether or not it could be audited; the operator learns of the gap from this log.
                LogAuditFailed(ex, manifest.Id, permission);
            }
        }
    }

    [LoggerMessage(EventId = 2901, Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version} refused: {Operation} needs permission {Permission} ({Reason}); {Suppressed} similar refusals suppressed")]
    private partial void LogDenied(string pluginId, string version, string permission, string operation, string reason, int suppressed);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Error, Message = "Could not audit a refused call of plugin {PluginId} needing {Permission}")]
    private partial void LogAuditFailed(Exception exception, string pluginId, string permission);

    private sealed class Throttle
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _last = DateTimeOffset.MinValue;
        private int _suppressed;

        /// <returns>How many were suppressed before this one, when this one is to be reported; otherwise <see langword="null"/>.</returns>
        public int? TryReport(DateTimeOffset now, TimeSpan window)
        {
            lock (_gate)
            {
                if (now - _last < window)
                {
                    _suppressed++;
                    return null;
                }

                var suppressed = _suppressed;
                _last = now;
                _suppressed = 0;
                return suppressed;
            }
        }
    }
}
