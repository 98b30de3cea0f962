using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Routing.RoundRobin;

/// <summary>The plugin's entry point: it only registers services.</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
        services.AddSingleton<IRoutingStrategy, RoundRobinStrategy>();
}
