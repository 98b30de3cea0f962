using Microsoft.Extensions.Configuration;

namespace ContactCenter.Sdk.Plugins;

/// <summary>What a plugin knows about itself when it registers its services.</summary>
/// <remarks>
/// <para>
/// Serialization: serialize your own types with the <see cref="System.Text.Json.JsonSerializerOptions"/> you resolve
/// from your services (a fresh instance with the platform's conventions, owned by your plugin), or with options you
/// create yourself. Never pass your types through options owned by the host or another plugin.
/// <c>JsonSerializer.Serialize(value)</c> without options uses the process-wide default options: it works, and the
/// host's tests prove that such a plugin still unloads (the kernel clears System.Text.Json's process-wide caches, which
/// otherwise keep any plugin that serialized its types loaded, whatever options it used), but those options do not
/// follow the platform's conventions (camelCase, enums as names) and are shared with every plugin: do not use them.
/// </para>
/// <para>
/// Registrations: prefer factories (<c>services.AddSingleton&lt;IFoo&gt;(sp =&gt; ...)</c>) and your own types over open
/// generics implemented by shared framework types (for example <c>typeof(IList&lt;&gt;), typeof(List&lt;&gt;)</c>)
/// closed over your types: the container caches those closed types process-wide. The host clears those caches when
/// your plugin unloads (its tests prove such a plugin is collected), but the registrations add nothing an
/// <c>ILogger&lt;T&gt;</c> (already provided) or a factory does not give you.
/// </para>
/// </remarks>
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
