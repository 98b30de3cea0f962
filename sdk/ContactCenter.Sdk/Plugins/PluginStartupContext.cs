using Microsoft.Extensions.Configuration;

namespace ContactCenter.Sdk.Plugins;

/// <summary>What a plugin knows about itself when it registers its services.</summary>
public sealed class PluginStartupContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="pluginId">The plugin id from <c>plugin.json</c>.</param>
    /// <param name="version">The plugin version from <c>plugin.json</c>.</param>
    /// <param name="configuration">The plugin's configuration, already validated against its schema.</param>
    /// <param name="contentRoot">The read-only folder the plugin was installed to.</param>
    public PluginStartupContext(string pluginId, string version, IConfiguration configuration, string contentRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(contentRoot);
        PluginId = pluginId;
        Version = version;
        Configuration = configuration;
        ContentRoot = contentRoot;
    }

    /// <summary>The plugin id from <c>plugin.json</c>.</summary>
    public string PluginId { get; }

    /// <summary>The plugin version from <c>plugin.json</c> (semantic version).</summary>
    public string Version { get; }

    /// <summary>The plugin's configuration, already validated against the schema in <c>plugin.json</c>.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The read-only folder the plugin was installed to (prompts, templates, static assets).</summary>
    public string ContentRoot { get; }
}
