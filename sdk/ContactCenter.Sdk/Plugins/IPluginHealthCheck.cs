namespace ContactCenter.Sdk.Plugins;

/// <summary>
/// Reports whether a plugin can do its work (its upstream reachable, its listener bound).
/// Called by <c>/readyz</c> and the SLA heartbeat with a short time budget; an overrun counts as unhealthy.
/// </summary>
public interface IPluginHealthCheck
{
    /// <summary>Checks the plugin's health.</summary>
    /// <param name="cancellationToken">Cancelled when the time budget is spent.</param>
    /// <returns>The health and an optional explanation.</returns>
    ValueTask<PluginHealth> CheckAsync(CancellationToken cancellationToken);
}
