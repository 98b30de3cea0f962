using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Health;

/// <summary>What <c>/readyz</c> answers.</summary>
/// <param name="Status">Unhealthy when a kernel component is (503); Degraded when only plugins are not healthy (200).</param>
/// <param name="DurationMs">How long the checks took.</param>
/// <param name="Entries">One entry per component and enabled plugin.</param>
public sealed record ReadinessReport(PluginHealthStatus Status, long DurationMs, IReadOnlyList<ReadinessEntry> Entries);

/// <summary>One checked component or plugin.</summary>
/// <param name="Name">The component (<c>store</c>, <c>cluster</c>) or <c>plugin:{id}</c>.</param>
/// <param name="Kind"><c>component</c> or <c>plugin</c>.</param>
/// <param name="Status">Its health.</param>
/// <param name="Description">What was checked or what went wrong.</param>
/// <param name="DurationMs">How long its check took.</param>
public sealed record ReadinessEntry(string Name, string Kind, PluginHealthStatus Status, string? Description, long DurationMs);
