using ContactCenter.Host.Demo.Directory;
using ContactCenter.Host.Demo.Dispositions;
using ContactCenter.Host.Demo.Plugins;
using ContactCenter.Host.Demo.Users;
using ContactCenter.Host.Demo.WebChat;
using ContactCenter.Host.Demo.WhatsApp;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo;

/// <summary>Registers demo mode. Everything is registered always; it acts only when <c>CC:Demo:Enabled</c> is true.</summary>
internal static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoOptions>, DemoAddressValidator>();
        services.TryAddSingleton(_ => new DemoOutput(Console.Out));
        services.TryAddSingleton<DemoSeedStore>();
        services.TryAddSingleton<DemoSeedRunner>();
        services.TryAddSingleton<DemoGuidePrinter>();
        services.TryAddSingleton<DemoSeedService>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSeedService>());
        services.TryAddSingleton<DemoPluginCalls>();
        services.TryAddSingleton<DemoVisitorSigner>();
        services.TryAddSingleton<Voice.DemoVoicePhones>();
        services.TryAddSingleton<DemoWhatsAppStandIn>();
        services.TryAddSingleton<GraphStandInServer>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphStandInServer>());
        services.AddDemoSeeder<DemoDirectorySeeder>();
        services.AddDemoSeeder<DemoUserSeeder>();
        services.AddDemoSeeder<DemoDispositionSeeder>();
        return services;
    }

    /// <summary>Adds a capability's share of the demo seed.</summary>
    public static IServiceCollection AddDemoSeeder<TSeeder>(this IServiceCollection services)
        where TSeeder : class, IDemoSeeder
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoSeeder, TSeeder>());
        return services;
    }
}
