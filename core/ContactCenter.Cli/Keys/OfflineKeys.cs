using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Cli.Keys;

/// <summary>
/// The kernel's <see cref="IKeyManager"/> over the data directory's embedded store, while no host runs (the store's
/// exclusive lock proves it). The key provider is configured as for the host (<c>CC__Encryption__…</c> environment variables).
/// </summary>
internal sealed class OfflineKeys(ServiceProvider services) : IAsyncDisposable
{
    public IKeyManager Manager => services.GetRequiredService<IKeyManager>();

    public static async ValueTask<OfflineKeys> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{StorageOptions.Section}:DataDirectory"] = dataDirectory })
            .Build();
        var provider = configuration[$"{StorageOptions.Section}:Provider"] ?? StorageOptions.LiteDb;
        if (!string.Equals(provider, StorageOptions.LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"cc keys works on the embedded store only (CC:Storage:Provider is '{provider}').", ExitCodes.OfflineUnavailable);
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

            return new OfflineKeys(serviceProvider);
        }
        catch
        {
            await serviceProvider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
