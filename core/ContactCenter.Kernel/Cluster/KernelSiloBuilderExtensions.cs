using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Orleans.Hosting;

/// <summary>Configures the Orleans silo the kernel's grains run in.</summary>
public static class KernelSiloBuilderExtensions
{
    /// <summary>
    /// Adds the kernel's grains (interactions, agents, routing), grain storage <c>cc</c> on the kernel store, the
    /// serialization of SDK types (System.Text.Json for the SDK assembly, no copy within a silo), the <c>cluster</c>
    /// probe, and the start-up task that rebuilds routing from the store.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddContactCenterKernel(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(serializer =>
        {
            serializer.AddAssembly(typeof(KernelGrainStorage).Assembly);
            serializer.AddJsonSerializer(SdkRecordCopier.IsSdkType, _ => false, options => options.Configure(o => o.SerializerOptions = ContactCenterJson.CreateOptions()));
        });
        silo.Services.AddSingleton<IGeneralizedCopier, SdkRecordCopier>();
        silo.Services.AddGrainStorage(KernelGrainStorage.Name, (sp, _) => new KernelGrainStorage(sp.GetRequiredService<IDocumentStore>()));
        silo.Services.TryAddSingleton<ClusterReadiness>();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentProbe, ClusterProbe>());

        // Directory edits reach routing at once where there is a silo (cc offline has none).
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDirectoryChangeObserver, RoutingDirectoryObserver>());
        silo.AddStartupTask(async (services, _) =>
        {
            await services.GetRequiredService<IGrainFactory>().GetGrain<IDispatcherGrain>(DispatcherGrain.Key).StartAsync().ConfigureAwait(false);
            services.GetRequiredService<ClusterReadiness>().MarkStarted();
        });
        return silo;
    }
}
