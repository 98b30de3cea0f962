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
/// The kernel's services over the data directory, without the host: the configured store, opened and initialised,
/// and the plugin host's <see cref="IPluginManager"/>. No hosted service is started, so nothing else runs.
/// </summary>
internal static class OfflineKernel
{
    public static async ValueTask<IPluginOperations> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{StorageOptions.Section}:DataDirectory"] = dataDirectory })
            .Build();
        var provider = configuration[$"{StorageOptions.Section}:Provider"] ?? StorageOptions.LiteDb;
        if (!string.Equals(provider, StorageOptions.LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"Offline mode works on the embedded store only (CC:Storage:Provider is '{provider}'); start the host and retry.", ExitCodes.OfflineUnavailable);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddContactCenterKernel(configuration);
        try
        {
            services.AddLiteDbStore(configuration);
        }
        catch (NotSupportedException ex)
        {
            throw new CliException($"Offline mode is not available in this build ({ex.Message}); start the host and retry.", ExitCodes.OfflineUnavailable, ex);
        }

        var serviceProvider = services.BuildServiceProvider();
        try
        {
            var store = serviceProvider.GetRequiredService<IDocumentStore>();
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            foreach (var collection in KernelCollections.All)
            {
                await store.EnsureCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
            }

            var manager = serviceProvider.GetService<IPluginManager>()
                ?? throw new CliException("Offline plugin management is not available in this build (the kernel registers no plugin manager); start the host and retry.", ExitCodes.OfflineUnavailable);
            return new OfflinePluginOperations(manager, serviceProvider);
        }
        catch
        {
            await serviceProvider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
