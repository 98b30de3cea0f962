using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Health;

/// <summary>
/// Checks every enabled plugin within one time budget, in parallel: its state, then each of its
/// <see cref="IPluginHealthCheck"/>s through the invoker. Returns within the budget even when a check hangs or blocks.
/// </summary>
internal sealed class PluginHealthChecker(PluginCatalog catalog, PluginInvoker invoker)
{
    public async ValueTask<IReadOnlyList<PluginHealthReport>> CheckAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        if (budget <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "The health budget must be positive.");
        }

        var runtimes = catalog.All.Where(r => r.Installed && r.Registration.Enabled).ToList();
        var checks = runtimes.Select(r => CheckOneAsync(r, budget, cancellationToken)).ToList();
        try
        {
            // Each check is bounded by the invoker already; this guard bounds the whole answer too.
            await Task.WhenAll(checks).WaitAsync(budget, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Reported below as overruns.
        }

        var reports = new List<PluginHealthReport>(runtimes.Count);
        for (var i = 0; i < runtimes.Count; i++)
        {
            // Completed checks are awaited without waiting; the others overran.
            reports.Add(checks[i].IsCompletedSuccessfully
                ? await checks[i].ConfigureAwait(false)
                : new PluginHealthReport(runtimes[i].Id, runtimes[i].Registration.Version, runtimes[i].State, PluginHealthStatus.Unhealthy, $"The health check did not complete within {PluginInvoker.Describe(budget)}."));
        }

        return reports;
    }

    private async Task<PluginHealthReport> CheckOneAsync(PluginRuntime runtime, TimeSpan budget, CancellationToken cancellationToken)
    {
        var version = runtime.Current;
        if (version is null || !version.TryAcquire(out var lease))
        {
            var state = runtime.State;
            return new PluginHealthReport(runtime.Id, version?.Version ?? runtime.Registration.Version, state, PluginHealthStatus.Unhealthy, runtime.StateReason ?? $"The plugin is {state}.");
        }

        using (lease)
        {
            var healthChecks = version.Instance?.HealthChecks ?? [];
            var results = await Task.WhenAll(healthChecks.Select(check => invoker.InvokeAsync(version, "health check", check.CheckAsync, budget, cancellationToken).AsTask())).ConfigureAwait(false);
            var worst = PluginHealthStatus.Healthy;
            var descriptions = new List<string>();
            foreach (var result in results)
            {
                var health = result.Succeeded && result.Value is not null ? result.Value : new PluginHealth(PluginHealthStatus.Unhealthy, result.Reason);
                worst = (PluginHealthStatus)Math.Min((int)worst, (int)health.Status);
                if (health.Description is { } description)
                {
                    descriptions.Add(description);
                }
            }

            return new PluginHealthReport(runtime.Id, version.Version, version.State, worst, descriptions.Count == 0 ? null : string.Join(" ", descriptions));
        }
    }
}
