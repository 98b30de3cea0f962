using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace CcPlugin.Name;

/// <summary>Registers the plugin's services; the kernel runs it once per load, in the plugin's own load context.</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxLength = int.TryParse(context.Configuration["maxMessageLength"], out var configured) ? configured : Channel.DefaultMaxMessageLength;
        services.AddSingleton<IChannel>(new Channel(context.PluginId, maxLength));
    }
}
