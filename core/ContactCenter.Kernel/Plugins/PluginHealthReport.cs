using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins;

/// <summary>The health of one enabled plugin.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">The active version.</param>
/// <param name="State">Its state.</param>
/// <param name="Status">Its health-check result (unhealthy when not active, or the check overran).</param>
/// <param name="Description">An explanation.</param>
public sealed record PluginHealthReport(string PluginId, string Version, PluginState State, PluginHealthStatus Status, string? Description);
