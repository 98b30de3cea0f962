using ContactCenter.Plugins.Channels.WebChat.Files;
using ContactCenter.Plugins.Channels.WebChat.Http;
using ContactCenter.Plugins.Channels.WebChat.Identity;
using ContactCenter.Plugins.Channels.WebChat.Sessions;
using ContactCenter.Plugins.Channels.WebChat.Transcripts;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.WebChat.Plugin;

/// <summary>The web chat plugin's entry point: it only registers services (one channel per configured inbox).</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = WebChatOptions.From(context.Configuration);
        services.AddSingleton(options);
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<InboxDirectory>();
        services.AddSingleton<IdentitySecretStore>();
        services.AddSingleton<MessagePusher>();
        services.AddSingleton<ChatService>();
        services.AddSingleton<ChatConnection>();
        services.AddSingleton<VisitorFiles>();
        services.AddSingleton(options.Transcript);
        services.AddSingleton<TranscriptQuota>();
        services.AddSingleton<TranscriptMailer>();
        services.AddSingleton<VisitorTranscripts>();
        services.AddSingleton<IPluginHttpHandler, WebChatHttpHandler>();
        services.AddSingleton<IPluginBackgroundService, ConversationFeed>();
        foreach (var inbox in options.Inboxes)
        {
            services.AddSingleton<IChannel>(sp => new WebChatChannel(inbox.Channel, sp.GetRequiredService<PluginStartupContext>(), sp.GetRequiredService<SessionRegistry>()));
        }
    }
}
