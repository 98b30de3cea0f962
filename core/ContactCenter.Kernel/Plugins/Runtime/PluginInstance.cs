using Autofac;
using ContactCenter.Kernel.Plugins.Services;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// What a loaded version built from plugin code: its lifetime scope and the
/// contracts resolved from it. Dropped as a whole at unload.
/// </summary>
internal sealed class PluginInstance
{
    public required ILifetimeScope Scope { get; init; }

    public required PluginResources Resources { get; init; }

    public IReadOnlyList<IChannel> Channels { get; set; } = [];

    public IReadOnlyList<IRoutingStrategy> Strategies { get; set; } = [];

    public IPluginHttpHandler? HttpHandler { get; set; }

    public IReadOnlyList<IPluginHealthCheck> HealthChecks { get; set; } = [];

    public IReadOnlyList<IPluginBackgroundService> BackgroundServices { get; set; } = [];

    /// <summary>The SDK services this version exports to other plugins, by contract (see <see cref="Exports.PluginExports"/>).</summary>
    public IReadOnlyDictionary<Type, object> Exports { get; set; } = new Dictionary<Type, object>();

    /// <summary>How many background services started (only those are stopped).</summary>
    public int StartedServices { get; set; }
}
