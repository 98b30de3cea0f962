using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL store.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Uses the PostgreSQL store with the connection string in <c>CC:Storage:Postgres:ConnectionString</c>
    /// (environment <c>CC__Storage__Postgres__ConnectionString</c>). A missing or malformed connection string stops
    /// start-up naming the setting; an unreachable or unusable database stops it in
    /// <see cref="IDocumentStore.InitializeAsync"/> with a message naming the server and the reason.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PostgresStoreOptions>()
            .Bind(configuration.GetSection(PostgresStoreOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStoreOptions>, PostgresStoreOptionsValidator>());
        services.AddSingleton(sp => new PostgresDocumentStore(
            sp.GetRequiredService<IOptions<PostgresStoreOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<PostgresDocumentStore>>()));
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<PostgresDocumentStore>());
        return services;
    }
}
