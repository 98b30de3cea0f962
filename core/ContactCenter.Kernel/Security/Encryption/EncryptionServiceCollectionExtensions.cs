using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Security.Encryption.Providers;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>Registers encryption at rest: options, the built-in key providers, the key ring, the protector and key management.</summary>
internal static class EncryptionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDataProtector"/> and <see cref="IKeyManager"/> with <c>CC:Encryption</c> validated at start-up. The key ring
    /// loads right after the store initializer, before every other hosted service. An extension adds a key provider by
    /// registering another <see cref="IMasterKeyProvider"/> singleton with its own name.
    /// </summary>
    public static IServiceCollection AddEncryptionAtRest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EncryptionOptions>().Bind(configuration.GetSection(EncryptionOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EncryptionOptions>, EncryptionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMasterKeyProvider, FileMasterKeyProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMasterKeyProvider, EnvironmentMasterKeyProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMasterKeyProvider, EphemeralMasterKeyProvider>());
        services.TryAddSingleton<MasterKeyProviderResolver>();
        services.TryAddSingleton<KeyRingEvents>();
        services.TryAddSingleton<KeyRing>();
        services.TryAddSingleton<IDataProtector, EnvelopeDataProtector>();
        services.TryAddSingleton<IKeyManager, KeyManager>();
        services.AddHostedService<KeyRingRefresher>();
        services.TryAddSingleton<SealedValues>();
        services.TryAddSingleton<ReEncryptionPass>();
        services.TryAddSingleton<KeyRotationRunner>();
        services.TryAddSingleton<IKeyRotation>(sp => sp.GetRequiredService<KeyRotationRunner>());
        services.AddHostedService<KeyRotationResumer>();

        // Right after the store initializer: the ring lives in the store, and everything after it may decrypt.
        var store = services.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.ImplementationType == typeof(StoreInitializer));
        services.Insert(store.d is null ? 0 : store.i + 1, ServiceDescriptor.Singleton<IHostedService, KeyRingInitializer>());
        return services;
    }
}
