using ContactCenter.Kernel.Blobs;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Events;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    /// <summary>Data key rotation with re-encryption (what <c>POST /api/v1/keys/rotate</c> and <c>cc keys rotate</c> run).</summary>
    public IKeyRotation Rotation => _services.GetRequiredService<IKeyRotation>();

    /// <summary>
    /// Starts over <paramref name="store"/> (owned by the caller) with <c>CC:…</c> settings; <paramref name="configure"/> adds
    /// services (e.g. the audit log) before the provider is built.
    /// </summary>
    public static async Task<EncryptedKernel> StartAsync(
        IDocumentStore store, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection, IConfiguration>? configure = null)
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
        services.AddSingleton<InteractionCodec>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReEncryptionTarget, InteractionReEncryption>());
        configure?.Invoke(services, configuration);
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

    /// <summary>
    /// Stores an interaction the way the kernel's journal does (there is no silo here): the snapshot and one transition event
    /// into it, both with the personal free text sealed.
    /// </summary>
    /// <param name="interaction">The snapshot.</param>
    /// <returns>A task.</returns>
    public async Task StoreInteractionAsync(Interaction interaction)
    {
        var codec = _services.GetRequiredService<InteractionCodec>();
        var transition = InteractionJournal.ToEvent(new TransitionStep(interaction with { State = InteractionState.WrapUp }, interaction, null));
        var batch = new WriteBatch()
            .Insert(KernelCollections.Interactions.Name, interaction.Id, codec.Serialize(interaction))
            .Append(interaction.Id, EventTypes.InteractionTransitioned, codec.SerializeEvent(transition), interaction.StateChangedAt);
        await Store.CommitAsync(batch, CancellationToken.None);
    }

    /// <summary>An interaction read back through the kernel's codec (decrypted).</summary>
    /// <param name="id">The interaction id.</param>
    /// <returns>The snapshot, or null.</returns>
    public async Task<Interaction?> ReadInteractionAsync(string id) =>
        await _services.GetRequiredService<InteractionCodec>().ReadAsync(Store, id, CancellationToken.None);

    /// <summary>The key ring as loaded (internal; for tests that reach below the protector).</summary>
    internal KeyRing Ring => _services.GetRequiredService<KeyRing>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
