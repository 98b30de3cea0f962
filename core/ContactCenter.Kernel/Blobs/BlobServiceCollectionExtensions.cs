using ContactCenter.Kernel.Security.Encryption.Rotation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Registers the blob store.</summary>
internal static class BlobServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IBlobStore"/> with <c>CC:Blobs</c> validated at start-up (needs encryption at rest).</summary>
    public static IServiceCollection AddBlobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BlobOptions>().Bind(configuration.GetSection(BlobOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BlobOptions>, BlobOptionsValidator>());
        services.TryAddSingleton<BlobEvents>();
        services.TryAddSingleton<IBlobStore, BlobStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReEncryptionTarget, BlobChunkReEncryption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReEncryptionTarget, BlobManifestReEncryption>());
        return services;
    }
}
