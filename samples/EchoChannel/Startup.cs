using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>The plugin's entry point: it only registers services.</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton(EchoOptions.From(context.Configuration));
        services.AddSingleton(new PluginVersion(context.PluginId, context.Version));
        services.AddSingleton<MessageLog>();
        services.AddSingleton<EchoChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<EchoChannel>());
        services.AddSingleton<IPluginHttpHandler, EchoHttpHandler>();
        services.AddSingleton<IPluginHealthCheck, EchoHealthCheck>();
    }
}
