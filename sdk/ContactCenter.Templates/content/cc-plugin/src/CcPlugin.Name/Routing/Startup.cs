using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CcPlugin.Name;

/// <summary>Registers the plugin's services; the kernel runs it once per load, in the plugin's own load context.</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
        services.AddSingleton<IRoutingStrategy, Strategy>();
}
