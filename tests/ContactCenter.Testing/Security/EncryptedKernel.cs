using ContactCenter.Kernel.Blobs;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Events;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Testing.Security;

/// <summary>
/// The kernel's data protection services (key ring, protector, key manager, contacts, blobs) over a given store, started
/// the way the host starts them (store initialised, options validated, key ring loaded), without Orleans or plugins.
/// </summary>
public sealed class EncryptedKernel : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EncryptedKernel(ServiceProvider services) => _services = services;

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public IDataProtector Protector => _services.GetRequiredService<IDataProtector>();

    public IKeyManager Keys => _services.GetRequiredService<IKeyManager>();

    public IContactDirectory Contacts => _services.GetRequiredService<IContactDirectory>();

    public IBlobStore Blobs => _services.GetRequiredService<IBlobStore>();

    public IServiceProvider Services => _services;

    /// <summary>Starts over <paramref name="store"/> (owned by the caller) with <c>CC:…</c> settings.</summary>
    public static async Task<EncryptedKernel> StartAsync(IDocumentStore store, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(sp => new KernelTime(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEventBus, InProcessEventBus>();
        services.AddSingleton(store);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddEncryptionAtRest(configuration);
        services.AddContacts(configuration);
        services.AddBlobs(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            // What ValidateOnStart does in the host: every option set checked before anything runs.
            _ = provider.GetRequiredService<IOptions<EncryptionOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<ContactOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<BlobOptions>>().Value;
            await new StoreInitializer(store).StartingAsync(CancellationToken.None);
            await new KeyRingInitializer(provider.GetRequiredService<KeyRing>()).StartingAsync(CancellationToken.None);
            return new EncryptedKernel(provider);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    /// <summary>The key ring as loaded (internal; for tests that reach below the protector).</summary>
    internal KeyRing Ring => _services.GetRequiredService<KeyRing>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
