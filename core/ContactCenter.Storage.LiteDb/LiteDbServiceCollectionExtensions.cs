using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded LiteDB store.</summary>
public static class LiteDbServiceCollectionExtensions
{
    /// <summary>Uses the LiteDB store in the data directory (<c>CC:Storage:DataDirectory</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddLiteDbStore(this IServiceCollection services, IConfiguration configuration) =>
        throw new NotSupportedException("The LiteDB store is not built yet.");
}
