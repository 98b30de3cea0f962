namespace ContactCenter.Cli.Plugins;

/// <summary>A plugin as the CLI shows it (the JSON shape of <c>/api/v1/plugins</c>).</summary>
/// <param name="Id">The plugin id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Version">The active version.</param>
/// <param name="Enabled">Whether it is enabled.</param>
/// <param name="State">Its state.</param>
/// <param name="StateReason">Why, for Faulted, NotSupported and UnloadFailed.</param>
public sealed record PluginSummary(string Id, string Name, string Version, bool Enabled, string State, string? StateReason);
