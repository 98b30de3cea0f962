using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Sdk.Plugins;

/// <summary>
/// A plugin's entry point. It only registers services: no work, no I/O, no threads.
/// The kernel creates it with a parameterless constructor, calls <see cref="ConfigureServices"/> once per load,
/// then resolves the contracts the plugin registered (<see cref="Channels.IChannel"/>,
/// <see cref="Routing.IRoutingStrategy"/>, <see cref="Http.IPluginHttpHandler"/>, <see cref="IPluginHealthCheck"/>,
/// <see cref="IPluginBackgroundService"/>...).
/// </summary>
/// <example>
/// <code>
/// public sealed class Startup : IPluginStartup
/// {
///     public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
///     {
///         services.AddSingleton&lt;IChannel, EchoChannel&gt;();
///         services.AddSingleton&lt;IPluginHttpHandler, EchoHttpHandler&gt;();
///     }
/// }
/// </code>
/// </example>
public interface IPluginStartup
{
    /// <summary>Registers the plugin's services.</summary>
    /// <param name="services">
    /// The plugin's own service collection. The kernel services (<see cref="Services.IInteractionService"/>,
    /// <see cref="Services.IPresenceService"/>, <see cref="Events.IEventBus"/>, <see cref="Storage.IPluginStore"/>,
    /// <see cref="Services.IClock"/>, loggers, and a plugin-owned <see cref="System.Text.Json.JsonSerializerOptions"/>)
    /// are already available to resolve.
    /// </param>
    /// <param name="context">The plugin's identity, configuration and files.</param>
    void ConfigureServices(IServiceCollection services, PluginStartupContext context);
}
