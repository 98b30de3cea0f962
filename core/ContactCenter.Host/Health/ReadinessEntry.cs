using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Health;

/// <summary>One checked component or plugin.</summary>
/// <param name="Name">The component (<c>store</c>, <c>cluster</c>) or <c>plugin:{id}</c>.</param>
/// <param name="Kind"><c>component</c> or <c>plugin</c>.</param>
/// <param name="Status">Its health.</param>
/// <param name="Description">What was checked or what went wrong.</param>
/// <param name="DurationMs">How long its check took.</param>
public sealed record ReadinessEntry(string Name, string Kind, PluginHealthStatus Status, string? Description, long DurationMs);
