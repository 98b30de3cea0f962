using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Sla;

/// <summary>Registers the SLA heartbeat.</summary>
internal static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// Adds the heartbeat sink, the <c>store</c> component probe (for any provider), the availability ledger, the
    /// <see cref="ISlaService"/> and the hosted heartbeat, with <c>CC:Sla</c> options validated at start-up.
    /// </summary>
    public static IServiceCollection AddSlaHeartbeat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>());
        services.TryAddSingleton<HeartbeatRegistry>();
        services.TryAddSingleton<IHeartbeatSink>(sp => sp.GetRequiredService<HeartbeatRegistry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentProbe, StoreComponentProbe>());
        services.TryAddSingleton<ComponentProbeRunner>();
        services.TryAddSingleton<AvailabilityLedger>();
        services.TryAddSingleton<SlaHeartbeat>();
        services.TryAddSingleton<ISlaService>(sp => sp.GetRequiredService<SlaHeartbeat>());
        services.AddHostedService<SlaHeartbeatService>();
        return services;
    }
}
