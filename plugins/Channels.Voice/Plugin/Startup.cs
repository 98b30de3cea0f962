using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;
using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Voice;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>The voice plugin's entry point: registers the SIP service, the call application and the channel.</summary>
public sealed class Startup : IPluginStartup
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton(VoiceOptions.From(context.Configuration));
        services.AddSingleton(new VoicePluginIdentity(context.PluginId));
        services.AddSingleton<VoiceCallRegistry>();

        // Agents' SIP device accounts: persisted in the plugin's store (seeded from the phones setting), served to the
        // registrar from memory; the phones API rotates them and drops the registrations of a changed account.
        services.AddSingleton<Phones.VoicePhoneStore>();
        services.AddSingleton<ISipCredentialStore>(sp => sp.GetRequiredService<Phones.VoicePhoneStore>());
        services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<Phones.VoicePhoneStore>());
        services.AddSingleton(sp => new Sip.Registrar.SipBindingStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Phones.VoicePhoneAgents>();
        services.AddSingleton<Phones.VoicePhoneApi>();

        // The plugin host provides ILoggerFactory and ILogger<T>; time is the system's unless a test supplies one.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(PromptCatalog.Load(Path.Combine(context.ContentRoot, "prompts")));
        services.AddSingleton<VoiceQueuePositions>();
        services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<VoiceQueuePositions>());
        services.AddSingleton<VoiceIvr>();
        services.AddSingleton<VoiceCallApplication>();
        services.AddSingleton<Trunks.VoiceTrunkRegistrations>();
        services.AddSingleton<VoiceSipService>();
        services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<VoiceSipService>());
        services.AddSingleton<IPluginHealthCheck>(sp => sp.GetRequiredService<VoiceSipService>());
        services.AddSingleton<VoiceRecordingStore>();
        services.AddSingleton<VoiceRecordingApi>();
        services.AddSingleton<VoiceRecordingRecovery>();
        services.AddSingleton<IPluginBackgroundService>(sp => sp.GetRequiredService<VoiceRecordingRecovery>());
        services.AddSingleton<VoiceAgentPhones>();

        // The call application reaches the phones lazily: they dial through the SIP service, which needs the application.
        services.AddSingleton(sp => new Lazy<VoiceAgentPhones>(sp.GetRequiredService<VoiceAgentPhones>));
        services.AddSingleton<VoiceCallControl>();
        services.AddSingleton<IPluginHttpHandler, VoiceHttpHandler>();

        // Exported: other plugins and the host reach it through the kernel's IVoiceCalls.
        services.AddSingleton<Outbound.VoiceOriginator>();
        services.AddSingleton<IVoiceCalls, VoiceCalls>();
        services.AddSingleton<VoiceChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<VoiceChannel>());
    }
}
