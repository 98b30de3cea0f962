using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Sla;

/// <summary>Registers the SLA heartbeat.</summary>
internal static class SlaServiceCollectionExtensions
{
    public static IServiceCollection AddSlaHeartbeat(this IServiceCollection services, IConfiguration configuration) => services;
}
