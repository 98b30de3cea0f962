using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Health;

/// <summary>What <c>/readyz</c> answers.</summary>
/// <param name="Status">Unhealthy when a kernel component is (503); Degraded when only plugins are not healthy (200).</param>
/// <param name="DurationMs">How long the checks took.</param>
/// <param name="Entries">One entry per component and enabled plugin.</param>
public sealed record ReadinessReport(PluginHealthStatus Status, long DurationMs, IReadOnlyList<ReadinessEntry> Entries);
