using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Plugins.Channels.Email.Listener;
using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Threads;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Plugin;

/// <summary>The email plugin's entry point: it only registers services (one channel per configured mailbox, one IMAP watcher for all, and the SMTP listener when it is on).</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = EmailOptions.From(context.Configuration);
        services.AddSingleton(options);
        services.AddSingleton<AccountStore>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<MessageIndex>();
        services.AddSingleton<SentIndex>();
        services.AddSingleton<BounceHandler>();
        services.AddSingleton<WakeSignal>();
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<AttachmentReader>();
        services.AddSingleton<AckLog>();
        // Parsed now, like the signatures: a template that does not parse stops the plugin at start-up, naming the setting.
        var ackTemplates = options.Mailboxes.ToDictionary(m => m.Channel, m => AutoAckTemplates.For(m, options), StringComparer.Ordinal);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AutoAcknowledger>(sp, (IReadOnlyDictionary<string, AutoAckTemplates>)ackTemplates));
        services.AddSingleton<MailIngestor>();
        services.AddSingleton<MailIntake>();
        services.AddSingleton<IMailIntake>(sp => sp.GetRequiredService<MailIntake>());
        services.AddSingleton<MailboxDrain>();
        services.AddSingleton<MailboxWatcher>();
        services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<MailboxWatcher>());
        services.AddSingleton<IPluginHttpHandler, EmailHttpHandler>();
        // Checked now: a bad listener setting (port, address, certificate, mailbox) stops the plugin at start, naming it.
        var listener = ListenerSettings.From(context.Configuration.GetSection("listener"), options);
        if (listener.Enabled)
        {
            services.AddSingleton(listener);
            services.AddSingleton<SmtpListener>();
            services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<SmtpListener>());
        }


        foreach (var mailbox in options.Mailboxes)
        {
            // Parsed now: a signature template that does not parse stops the plugin at start-up, naming the setting.
            var signatures = SignatureTemplates.For(mailbox, options);
            services.AddSingleton<IChannel>(sp => new EmailChannel(mailbox, options, signatures, sp.GetRequiredService<AccountStore>(), sp.GetRequiredService<ThreadStore>(),
                sp.GetRequiredService<MessageIndex>(), sp.GetRequiredService<SentIndex>(), sp.GetRequiredService<SmtpSender>(), sp.GetRequiredService<AttachmentReader>(),
                sp.GetRequiredService<IClock>(),
                sp.GetRequiredService<ILogger<EmailChannel>>()));
        }
    }
}
