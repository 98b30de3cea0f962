using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>The plugin's entry point: it only registers services (learning starts with the background service).</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        services.AddSingleton<ModelHolder>();
        services.AddSingleton<IRoutingStrategy, PredictiveStrategy>();
        services.AddSingleton<OutcomeCollector>();
        services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<OutcomeCollector>());
    }
}
