using ContactCenter.Kernel.Blobs;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Events;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ContactCenter kernel.</summary>
public static class KernelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the kernel: clock, event bus, store initialisation, encryption at rest, interaction lifecycle, plugin host and SLA heartbeat.
    /// A storage provider (<c>AddLiteDbStore</c>, <c>AddInMemoryStore</c>) and the Orleans silo
    /// (<c>AddContactCenterKernel</c> on the silo builder) are added separately.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root (sections under <c>CC</c>).</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddContactCenterKernel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new KernelTime(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IClock>(sp => new KernelClock(sp.GetRequiredService<KernelTime>().Provider));
        services.TryAddSingleton<InProcessEventBus>();
        services.TryAddSingleton<IEventBus>(sp => sp.GetRequiredService<InProcessEventBus>());
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));

        // Registered first so it runs before every other hosted service, Orleans included.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StoreInitializer>());
        services.AddEncryptionAtRest(configuration);
        services.AddContacts(configuration);
        services.AddBlobs(configuration);

        services.AddInteractionLifecycle();
        services.AddPluginHost(configuration);
        services.AddConversations();
        services.AddSlaHeartbeat(configuration);
        services.AddAuditLog(configuration);
        services.AddContactHistory();
        services.AddRealTimeMetrics(configuration);
        return services;
    }

    /// <summary>Uses the in-memory store: nothing survives the process. For tests and throw-away demos.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddInMemoryStore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentStore>(sp => new ContactCenter.Kernel.Storage.Memory.InMemoryDocumentStore(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
