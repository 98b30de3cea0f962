namespace ContactCenter.Kernel.Plugins.Registry;

/// <summary>A plugin's registry document in <c>k.plugins</c> (id = plugin id).</summary>
/// <param name="Id">The plugin id.</param>
/// <param name="Version">The active version: the one that receives new work when enabled.</param>
/// <param name="Enabled">Whether the plugin should be loaded.</param>
/// <param name="InstalledAt">When it was first installed.</param>
/// <param name="UpdatedAt">When the registration last changed.</param>
internal sealed record PluginRegistration(string Id, string Version, bool Enabled, DateTimeOffset InstalledAt, DateTimeOffset UpdatedAt);
