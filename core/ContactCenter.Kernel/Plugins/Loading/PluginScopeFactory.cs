using System.Runtime.Loader;
using System.Text.Json;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using ContactCenter.Kernel.Plugins.Storage;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>
/// Builds each plugin version's Autofac lifetime scope, bound to its load context so Autofac drops its reflection
/// caches for the plugin's types when the scope ends. The scopes hang off an empty root owned by the plugin host,
/// never off the host's container: a plugin can resolve only what its scope registers (SDK-facing services and its
/// own), never a kernel type.
/// </summary>
internal sealed class PluginScopeFactory : IDisposable
{
    private readonly IContainer _root = new ContainerBuilder().Build();

    /// <summary>Begins a version's scope with the plugin's registrations and its plugin-scoped kernel services.</summary>
    public ILifetimeScope Begin(AssemblyLoadContext loadContext, IServiceCollection pluginServices, PluginScopeServices kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var tag = $"plugin:{kernel.StartupContext.PluginId}/{kernel.StartupContext.Version}";
        return _root.BeginLoadContextLifetimeScope(tag, loadContext, builder =>
        {
            builder.Populate(pluginServices, tag);

            // Registered after the plugin's own, so that these win: a plugin cannot swap its bus for one that lies about its source.
            builder.RegisterInstance(kernel.StartupContext);
            builder.RegisterInstance(kernel.StartupContext.Configuration).As<IConfiguration>().ExternallyOwned();
            builder.RegisterInstance(kernel.JsonOptions).As<JsonSerializerOptions>();
            builder.RegisterInstance(kernel.LoggerFactory).As<ILoggerFactory>().ExternallyOwned();
            builder.RegisterSource(new PluginLoggerSource(kernel.LoggerFactory));
            builder.RegisterInstance(kernel.Clock).As<IClock>().ExternallyOwned();
            builder.RegisterInstance(kernel.EventBus).As<IEventBus>().ExternallyOwned();
            builder.RegisterInstance(kernel.Store).As<IPluginStore>().ExternallyOwned();
            builder.RegisterInstance(kernel.Interactions).As<IInteractionService>().ExternallyOwned();
            builder.RegisterInstance(kernel.Presence).As<IPresenceService>().ExternallyOwned();
            builder.RegisterInstance(kernel.DataProtector).As<ISensitiveDataProtector>().ExternallyOwned();
            builder.RegisterInstance(kernel.Conversations).As<IConversationService>().ExternallyOwned();
            builder.RegisterInstance(kernel.AuditTrail).As<IAuditTrail>().ExternallyOwned();

            // Contracts other plugins export: the plugin's own registration wins, since that is how it exports one.
            foreach (var (contract, forwarder) in kernel.Imports)
            {
                builder.RegisterInstance(forwarder).As(contract).ExternallyOwned().PreserveExistingDefaults();
            }
        });
    }

    public void Dispose() => _root.Dispose();
}
