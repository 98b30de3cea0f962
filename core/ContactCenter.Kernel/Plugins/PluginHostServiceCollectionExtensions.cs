using ContactCenter.Kernel.Plugins.Channels;
using ContactCenter.Kernel.Plugins.Exports;
using ContactCenter.Kernel.Plugins.Health;
using ContactCenter.Kernel.Plugins.Hosting;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Loading;
using ContactCenter.Kernel.Plugins.Packages;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Plugins.Registry;
using ContactCenter.Kernel.Plugins.Routing;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk.Voice;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins;

/// <summary>Registers the plugin host.</summary>
internal static class PluginHostServiceCollectionExtensions
{
    /// <summary>
    /// Adds the plugin host: <see cref="IPluginManager"/>, <see cref="Http.IPluginHttpDispatcher"/>,
    /// <see cref="IRoutingStrategyProvider"/>, <see cref="IChannelGateway"/>, the kernel's <see cref="IVoiceCalls"/> forwarder, options <c>CC:Plugins</c> validated at
    /// start-up, and the hosted service that loads plugins with the application.
    /// </summary>
    public static IServiceCollection AddPluginHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PluginHostOptions>().Bind(configuration.GetSection(PluginHostOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PluginHostOptions>, PluginHostOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PluginHostOptions>, DefaultPluginDirectory>());

        services.TryAddSingleton<IPluginAssemblyLoader, McMasterPluginAssemblyLoader>();
        services.TryAddSingleton<PluginScopeFactory>();
        services.TryAddSingleton<PluginKernelServices>();
        services.TryAddSingleton<PluginStateNotifier>();
        services.TryAddSingleton<PluginInvoker>();
        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<PluginOperationGates>();
        services.TryAddSingleton<PluginInstanceBuilder>();
        services.TryAddSingleton<PluginActivator>();
        services.TryAddSingleton<PluginUnloader>();
        services.TryAddSingleton<PluginLifecycle>();
        services.TryAddSingleton<PluginUpgrader>();
        services.TryAddSingleton<PluginPaths>();
        services.TryAddSingleton<PluginRegistry>();
        services.TryAddSingleton<PluginPackageExtractor>();
        services.TryAddSingleton<PluginInstaller>();
        services.TryAddSingleton<PluginHealthChecker>();
        services.TryAddSingleton<PluginHeartbeat>();
        services.TryAddSingleton<PluginBootstrapper>();
        services.TryAddSingleton<Bundled.BundledPluginInstaller>();
        services.TryAddSingleton<ChannelNotifier>();
        services.TryAddSingleton<PluginPermissionApprovals>();
        services.TryAddSingleton<IPluginPermissionApprovals>(sp => sp.GetRequiredService<PluginPermissionApprovals>());
        services.TryAddSingleton<PluginPermissionEnforcer>();
        services.TryAddSingleton<PluginExports>();
        services.TryAddSingleton<IVoiceCalls>(sp => sp.GetRequiredService<PluginExports>().VoiceCalls);

        services.TryAddSingleton<IPluginManager, PluginManager>();
        services.TryAddSingleton<IPluginHttpDispatcher, PluginHttpDispatcher>();
        services.TryAddSingleton<IRoutingStrategyProvider, PluginRoutingStrategyProvider>();
        services.TryAddSingleton<IChannelGateway, ChannelGateway>();
        services.AddHostedService<PluginHostService>();
        return services;
    }
}
