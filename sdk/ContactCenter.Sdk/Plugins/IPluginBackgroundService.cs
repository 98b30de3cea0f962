namespace ContactCenter.Sdk.Plugins;

/// <summary>
/// Long-running work of a plugin (a listener, a poller, a scheduled job), started after the plugin loads and
/// stopped before it unloads. During an upgrade the old version's <see cref="StopAsync"/> runs after new work has
/// moved to the new version: finish in-flight work there, then release every resource.
/// </summary>
public interface IPluginBackgroundService
{
    /// <summary>Starts the work. Return once started; keep running work on your own tasks.</summary>
    /// <param name="cancellationToken">Cancelled when start-up overruns its time budget.</param>
    /// <returns>A task that completes once the service is started.</returns>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Drains in-flight work, then stops and releases everything the service holds.</summary>
    /// <param name="cancellationToken">Cancelled when draining overruns its time budget: stop at once.</param>
    /// <returns>A task that completes once the service stopped.</returns>
    Task StopAsync(CancellationToken cancellationToken);
}
