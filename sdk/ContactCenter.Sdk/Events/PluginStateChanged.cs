using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.PluginStateChanged"/>.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">The version whose state changed.</param>
/// <param name="State">The new state.</param>
/// <param name="Reason">Why, for Faulted, NotSupported and UnloadFailed.</param>
public sealed record PluginStateChanged(string PluginId, string Version, PluginState State, string? Reason);
