namespace ContactCenter.Sdk.Plugins;

/// <summary>The result of a plugin health check.</summary>
/// <param name="Status">Healthy, degraded or unhealthy.</param>
/// <param name="Description">An explanation an operator can act on; never secrets or personal data.</param>
public sealed record PluginHealth(PluginHealthStatus Status, string? Description = null)
{
    /// <summary>A healthy result without description.</summary>
    public static PluginHealth Healthy { get; } = new(PluginHealthStatus.Healthy);
}
