using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Graph;
using ContactCenter.Plugins.Channels.WhatsApp.Outbound;
using ContactCenter.Plugins.Channels.WhatsApp.Threads;
using ContactCenter.Plugins.Channels.WhatsApp.Webhook;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.WhatsApp.Plugin;

/// <summary>The WhatsApp plugin's entry point: it only registers services (one channel per configured phone number).</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = WhatsAppOptions.From(context.Configuration);
        services.AddSingleton(options);
        services.AddSingleton<AccountStore>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<MessageIdMap>();
        services.AddSingleton<OutboundProgress>();

        // One client for the plugin's lifetime, disposed with it at unload (an IHttpClientFactory would outlive it).
        services.AddSingleton(sp => new GraphClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) }, options));
        services.AddSingleton<InboundProcessor>();
        services.AddSingleton<IPluginHttpHandler, WhatsAppHttpHandler>();
        foreach (var number in options.Numbers)
        {
            services.AddSingleton<IChannel>(sp => new WhatsAppChannel(number, sp.GetRequiredService<AccountStore>(), sp.GetRequiredService<GraphClient>(),
                sp.GetRequiredService<ThreadStore>(), sp.GetRequiredService<MessageIdMap>(),
                new MediaSender(number, sp.GetRequiredService<GraphClient>(), sp.GetRequiredService<IConversationService>(), sp.GetRequiredService<OutboundProgress>(),
                    sp.GetRequiredService<MessageIdMap>()),
                sp.GetRequiredService<IClock>()));
        }
    }
}
