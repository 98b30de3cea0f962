using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins;

/// <summary>One version of a plugin that is loaded or lingering.</summary>
/// <param name="Version">The version.</param>
/// <param name="State">Its state.</param>
/// <param name="StateReason">Why, when the state needs a reason.</param>
/// <param name="InFlight">Calls into this version still running.</param>
public sealed record PluginVersionInfo(string Version, PluginState State, string? StateReason, int InFlight);
