using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Storage;

/// <summary>Registers the store named by <c>CC:Storage:Provider</c>. An unknown name registers nothing; the options validator then stops start-up naming the key.</summary>
internal static class StoreRegistration
{
    public static IReadOnlyList<string> KnownProviders { get; } = [StorageOptions.LiteDb, PostgresStoreOptions.ProviderName, StorageOptions.Memory];

    public static bool IsKnown(string? provider) =>
        KnownProviders.Contains(provider ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddConfiguredStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[$"{StorageOptions.Section}:Provider"] ?? StorageOptions.LiteDb;
        if (string.Equals(provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            services.AddInMemoryStore();
        }
        else if (string.Equals(provider, StorageOptions.LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            services.AddLiteDbStore(configuration);
        }
        else if (string.Equals(provider, PostgresStoreOptions.ProviderName, StringComparison.OrdinalIgnoreCase))
        {
            services.AddPostgresStore(configuration);
        }
        else
        {
            // Reading the options runs their validator, whose message names CC:Storage:Provider and the known providers.
            services.AddSingleton<IDocumentStore>(sp => throw new InvalidOperationException(
                $"No store is registered for provider '{sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider}'."));
        }

        // The kernel registers the `store` component probe for whichever provider is configured.
        return services;
    }
}
