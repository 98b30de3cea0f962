using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Sdk.Routing;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Registers the interaction lifecycle, presence, directory and the minimal offer path.</summary>
internal static class InteractionServiceCollectionExtensions
{
    public static IServiceCollection AddInteractionLifecycle(this IServiceCollection services)
    {
        services.TryAddSingleton<KernelGrains>();
        services.TryAddSingleton<DirectoryRepositories>();
        services.TryAddSingleton<KernelDirectory>();
        services.TryAddSingleton<IDirectory>(sp => sp.GetRequiredService<KernelDirectory>());
        services.TryAddSingleton<InteractionCodec>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReEncryptionTarget, InteractionReEncryption>());
        services.TryAddSingleton<InteractionJournal>();
        services.TryAddSingleton<InteractionService>();
        services.TryAddSingleton<IKernelInteractionService>(sp => sp.GetRequiredService<InteractionService>());
        services.TryAddSingleton<IInteractionService>(sp => sp.GetRequiredService<InteractionService>());
        services.TryAddSingleton<IInteractionReassignment>(sp => sp.GetRequiredService<InteractionService>());
        services.TryAddSingleton<PresenceStatusCatalog>();
        services.TryAddSingleton<PresenceService>();
        services.TryAddSingleton<IPresenceService>(sp => sp.GetRequiredService<PresenceService>());
        services.TryAddSingleton<IPresenceForcing>(sp => sp.GetRequiredService<PresenceService>());
        services.TryAddSingleton<IWrapUpService, WrapUpService>();
        services.AddHostedService<PresenceStatusSeeder>();
        services.TryAddSingleton<DispositionCatalog>();
        services.TryAddSingleton<IDispositionCatalog>(sp => sp.GetRequiredService<DispositionCatalog>());
        services.AddHostedService<DispositionSeeder>();
        services.AddOptions<RoutingOptions>();
        services.TryAddSingleton<LongestIdleStrategy>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRoutingStrategy, LongestIdleStrategy>(sp => sp.GetRequiredService<LongestIdleStrategy>()));
        services.TryAddSingleton<StrategyInvoker>();
        services.TryAddSingleton<RoutingStoreReader>();
        services.TryAddSingleton<IQueueSnapshotReader, QueueSnapshotReader>();
        return services;
    }
}
