using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Metrics;

/// <summary>Registers the real-time metrics engine, its feed and the alert rules.</summary>
internal static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddRealTimeMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>());
        services.TryAddSingleton(sp => new MetricsEngine(sp.GetRequiredService<IOptions<MetricsOptions>>().Value));
        services.TryAddSingleton<MetricsRebuilder>();
        services.TryAddSingleton<IMetricAlertRules, MetricAlertRules>();
        services.TryAddSingleton<MetricsFeed>();
        services.TryAddSingleton<IMetricsReader>(sp => sp.GetRequiredService<MetricsFeed>());
        services.AddHostedService(sp => sp.GetRequiredService<MetricsFeed>());
        return services;
    }
}
