using ContactCenter.Kernel.Plugins;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Health;

/// <summary>The plugin part of <c>/readyz</c>: a plugin that is not active and healthy is reported as degraded.</summary>
internal static class PluginHealth
{
    /// <summary>The share of the budget the plugin manager gets, so it can still name the slow plugins before the host cuts it off.</summary>
    private const double ManagerShare = 0.8;

    public static async Task<IReadOnlyList<ReadinessEntry>> CheckAsync(IPluginManager? manager, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        if (manager is null)
        {
            return [];
        }

        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            var reports = await Task.Run(() => manager.CheckHealthAsync(budget * ManagerShare, timeout.Token).AsTask(), timeout.Token)
                .WaitAsync(budget, time, cancellationToken).ConfigureAwait(false);
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            return reports.Select(r => FromReport(r, elapsed)).ToArray();
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            return Enabled(manager).Select(p => Degraded(p, $"Health check did not answer within {budget.TotalMilliseconds:0} ms.", elapsed)).ToArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The plugin host failing to report degrades readiness; it must not break the endpoint.
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            return Enabled(manager).Select(p => Degraded(p, $"Health check failed: {ex.Message}", elapsed)).ToArray();
        }
    }

    private static ReadinessEntry FromReport(PluginHealthReport report, long elapsed)
    {
        var healthy = report.State == PluginState.Active && report.Status == PluginHealthStatus.Healthy;
        var description = $"{report.Version} {report.State}, {report.Status}" + (report.Description is null ? string.Empty : $": {report.Description}");
        return new ReadinessEntry("plugin:" + report.PluginId, ReadinessService.PluginKind,
            healthy ? PluginHealthStatus.Healthy : PluginHealthStatus.Degraded, description, elapsed);
    }

    private static PluginInfo[] Enabled(IPluginManager manager)
    {
        try
        {
            return manager.List().Where(p => p.Enabled).ToArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Listing is best effort here: readiness still answers without per-plugin entries.
            return [];
        }
    }

    private static ReadinessEntry Degraded(PluginInfo plugin, string description, long elapsed) =>
        new("plugin:" + plugin.Id, ReadinessService.PluginKind, PluginHealthStatus.Degraded, $"{plugin.Version} {plugin.State}: {description}", elapsed);
}
