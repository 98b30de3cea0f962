using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>The outcome of loading and starting a plugin version.</summary>
/// <param name="Version">The version, active on success; on failure the torn-down version (for its unload state), if it got that far.</param>
/// <param name="State">Active, or why not: NotSupported (built for another host, contract mismatch) or Faulted (its code failed).</param>
/// <param name="Reason">Why it is not active.</param>
internal sealed record PluginActivation(PluginVersion? Version, PluginState State, string? Reason)
{
    public bool Succeeded => State == PluginState.Active;
}
