using System.Diagnostics;
using ContactCenter.Host.Configuration;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Sla;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Health;

/// <summary>
/// Runs every component probe and the plugins' health checks in parallel within a budget (default 800 ms), so the
/// answer comes within a second even when a probe or a plugin hangs; whatever has not answered by then is reported
/// as such. A kernel component that is not healthy makes the host unready; a plugin only degrades it.
/// </summary>
internal sealed class ReadinessService(
    IEnumerable<IComponentProbe> probes,
    IServiceProvider services,
    IOptions<ApiOptions> options,
    TimeProvider time)
{
    public const string ComponentKind = "component";
    public const string PluginKind = "plugin";

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var budget = TimeSpan.FromMilliseconds(options.Value.ReadinessBudgetMilliseconds);
        var components = probes.DistinctBy(p => p.Component, StringComparer.Ordinal)
            .Select(p => ProbeAsync(p, budget, cancellationToken))
            .ToArray();
        var plugins = PluginHealth.CheckAsync(services.GetService<IPluginManager>(), budget, time, cancellationToken);

        var entries = (await Task.WhenAll(components).ConfigureAwait(false)).Concat(await plugins.ConfigureAwait(false)).ToArray();
        var status = entries.Any(e => e.Kind == ComponentKind && e.Status != PluginHealthStatus.Healthy) ? PluginHealthStatus.Unhealthy
            : entries.Any(e => e.Status != PluginHealthStatus.Healthy) ? PluginHealthStatus.Degraded
            : PluginHealthStatus.Healthy;
        return new ReadinessReport(status, (long)time.GetElapsedTime(started).TotalMilliseconds, entries);
    }

    private async Task<ReadinessEntry> ProbeAsync(IComponentProbe probe, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            // Task.Run: a probe that blocks its calling thread must not hold up the others.
            var result = await Task.Run(() => probe.ProbeAsync(timeout.Token).AsTask(), timeout.Token)
                .WaitAsync(budget, time, cancellationToken).ConfigureAwait(false);
            return Entry(probe.Component, result.Healthy ? PluginHealthStatus.Healthy : PluginHealthStatus.Unhealthy, result.Description, started);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Entry(probe.Component, PluginHealthStatus.Unhealthy, $"Did not answer within {budget.TotalMilliseconds:0} ms.", started);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing probe is the answer, not a failure of /readyz.
            return Entry(probe.Component, PluginHealthStatus.Unhealthy, $"Probe failed: {ex.Message}", started);
        }
    }

    private ReadinessEntry Entry(string name, PluginHealthStatus status, string? description, long started) =>
        new(name, ComponentKind, status, description, (long)time.GetElapsedTime(started).TotalMilliseconds);
}
