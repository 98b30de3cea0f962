namespace ContactCenter.Kernel.Plugins;

/// <summary>
/// Installs, enables, disables, upgrades and uninstalls plugins, and reports their state. Operations are validated
/// completely before anything changes: a refused package or manifest leaves the installation as it was.
/// </summary>
public interface IPluginManager
{
    /// <summary>Every installed plugin, ordered by id.</summary>
    IReadOnlyList<PluginInfo> List();

    /// <summary>One installed plugin, or <see langword="null"/>.</summary>
    PluginInfo? Get(string pluginId);

    /// <summary>Installs a plugin from a <c>.zip</c> or <c>.nupkg</c> package and enables it.</summary>
    /// <param name="package">The package bytes.</param>
    /// <param name="cancellationToken">Cancels the operation before it changes anything.</param>
    /// <returns>The plugin after installation.</returns>
    /// <exception cref="PluginOperationException">The package, its manifest or its SDK range is refused, or the plugin is already installed.</exception>
    ValueTask<PluginInfo> InstallAsync(Stream package, CancellationToken cancellationToken);

    /// <summary>Installs a plugin from a folder holding <c>plugin.json</c> and its assemblies, and enables it.</summary>
    ValueTask<PluginInfo> InstallFromDirectoryAsync(string directory, CancellationToken cancellationToken);

    /// <summary>Replaces an installed plugin with a new version in place: new work goes to the new version, in-flight work drains on the old one, then the old one is unloaded. On failure the old version keeps serving.</summary>
    ValueTask<PluginInfo> UpgradeAsync(Stream package, CancellationToken cancellationToken);

    /// <summary>Enables a plugin and loads its active version.</summary>
    ValueTask<PluginInfo> EnableAsync(string pluginId, CancellationToken cancellationToken);

    /// <summary>Drains and unloads a plugin, keeping it installed.</summary>
    ValueTask<PluginInfo> DisableAsync(string pluginId, CancellationToken cancellationToken);

    /// <summary>Drains, unloads and removes a plugin and its files. Its stored documents are kept.</summary>
    ValueTask UninstallAsync(string pluginId, CancellationToken cancellationToken);

    /// <summary>Runs every active plugin's health checks within <paramref name="budget"/>; an overrun counts as unhealthy.</summary>
    ValueTask<IReadOnlyList<PluginHealthReport>> CheckHealthAsync(TimeSpan budget, CancellationToken cancellationToken);
}
