using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Binds the host's options and validates all of them at start-up, so a wrong setting stops it with a message naming the key.</summary>
internal static class HostOptionsRegistration
{
    public static IServiceCollection AddValidatedHostOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        Add<TlsOptions, TlsOptionsValidator>(services, configuration, TlsOptions.Section);
        Add<ClusterOptions, ClusterOptionsValidator>(services, configuration, ClusterOptions.Section);
        Add<TelemetryOptions, TelemetryOptionsValidator>(services, configuration, TelemetryOptions.Section);
        Add<ApiOptions, ApiOptionsValidator>(services, configuration, ApiOptions.Section);

        services.AddOptions<UrlOptions>().Configure(options => ReadUrls(configuration, options)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UrlOptions>, UrlOptionsValidator>();
        return services;
    }

    /// <summary>The configured listening URLs, or the default.</summary>
    public static IReadOnlyList<string> ConfiguredUrls(IConfiguration configuration)
    {
        var urls = (configuration[UrlOptions.Key] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls.Length == 0 ? [UrlOptions.DefaultUrl] : urls;
    }

    private static void Add<TOptions, TValidator>(IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    private static void ReadUrls(IConfiguration configuration, UrlOptions options)
    {
        options.Urls = ConfiguredUrls(configuration);
        options.KestrelEndpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Where(endpoint => endpoint["Url"] is not null)
            .ToDictionary(endpoint => $"Kestrel:Endpoints:{endpoint.Key}:Url", endpoint => endpoint["Url"]!);
    }
}
