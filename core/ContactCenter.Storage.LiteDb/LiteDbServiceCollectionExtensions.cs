using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded LiteDB store.</summary>
public static class LiteDbServiceCollectionExtensions
{
    /// <summary>
    /// Uses the LiteDB store in the data directory (<c>CC:Storage:DataDirectory</c>, default <c>./data</c>): the file
    /// <c>contactcenter.db</c>, opened by the kernel's store initializer at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddLiteDbStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), $"{StorageOptions.Section}:DataDirectory must name a directory.");
        services.TryAddSingleton(sp => new LiteDbDocumentStore(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.FullDataDirectory,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<LiteDbDocumentStore>>()));
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<LiteDbDocumentStore>());
        return services;
    }
}
