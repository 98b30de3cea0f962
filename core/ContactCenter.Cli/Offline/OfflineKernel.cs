using ContactCenter.Cli.Plugins;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Cli.Offline;

/// <summary>Opens plugin operations on a data directory offline.</summary>
/// <param name="dataDirectory">The data directory.</param>
/// <param name="cancellationToken">Cancels opening.</param>
/// <returns>The operations; dispose them to release the store.</returns>
internal delegate ValueTask<IPluginOperations> OfflinePluginFactory(string dataDirectory, CancellationToken cancellationToken);

/// <summary>
/// The kernel's services over the data directory, without the host (shared by <c>cc plugins</c> and <c>cc keys</c>): the embedded store, opened and initialised (its
/// exclusive file lock proves no host is using it), and the plugin host's <see cref="IPluginManager"/> in catalog-only
/// mode. No hosted service is started and no plugin assembly is loaded: enabled plugins load when the host starts.
/// </summary>
internal static class OfflineKernel
{
    /// <summary>Plugin operations on the data directory (catalog only: no plugin assembly is loaded).</summary>
    public static async ValueTask<IPluginOperations> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var serviceProvider = await OpenServicesAsync(dataDirectory, "Offline mode works on the embedded store only", cancellationToken).ConfigureAwait(false);
        try
        {
            await serviceProvider.OpenPluginCatalogAsync(cancellationToken).ConfigureAwait(false);
            return new OfflinePluginOperations(
                serviceProvider.GetRequiredService<IPluginManager>(), serviceProvider.GetRequiredService<Kernel.Plugins.Approvals.IPluginPermissionApprovals>(), serviceProvider);
        }
        catch
        {
            await serviceProvider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The kernel's services over the data directory's embedded store, opened and initialised (every kernel collection
    /// ensured); no hosted service started. Dispose the provider to release the store's lock.
    /// </summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <param name="refusal">What to say when the configured store is not the embedded one (e.g. "cc keys works on the embedded store only").</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The services.</returns>
    public static async ValueTask<ServiceProvider> OpenServicesAsync(string dataDirectory, string refusal, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.Section}:DataDirectory"] = dataDirectory,

                // Manage the installation without running plugins: they load when the host starts.
                [$"{PluginHostOptions.Section}:{nameof(PluginHostOptions.LoadAssemblies)}"] = "false",
            })
            .Build();
        var provider = configuration[$"{StorageOptions.Section}:Provider"] ?? StorageOptions.LiteDb;
        if (!string.Equals(provider, StorageOptions.LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"{refusal} (CC:Storage:Provider is '{provider}'); start the host and retry.", ExitCodes.OfflineUnavailable);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddContactCenterKernel(configuration);
        services.AddLiteDbStore(configuration);

        var serviceProvider = services.BuildServiceProvider();
        try
        {
            var store = serviceProvider.GetRequiredService<IDocumentStore>();
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            foreach (var collection in KernelCollections.All)
            {
                await store.EnsureCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
            }

            return serviceProvider;
        }
        catch
        {
            await serviceProvider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
