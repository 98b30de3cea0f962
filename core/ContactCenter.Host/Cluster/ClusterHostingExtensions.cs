using System.Net;
using Orleans.Configuration;

namespace ContactCenter.Host.Cluster;

/// <summary>Co-hosts the Orleans silo: localhost clustering on <c>CC:Cluster:SiloPort</c>, no client gateway.</summary>
internal static class ClusterHostingExtensions
{
    public static WebApplicationBuilder AddCoHostedCluster(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiloPortAllocation>();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: Configuration.ClusterOptions.DefaultSiloPort, gatewayPort: 0);
            silo.AddActivityPropagation();
            silo.AddContactCenterKernel();
        });

        // The port is only known once options are read (0 = pick one), and the primary silo must be this silo.
        builder.Services.AddOptions<EndpointOptions>().PostConfigure<SiloPortAllocation>((endpoint, ports) =>
        {
            endpoint.SiloPort = ports.SiloPort;
            endpoint.GatewayPort = 0;
            endpoint.AdvertisedIPAddress = IPAddress.Loopback;
        });
        builder.Services.AddOptions<DevelopmentClusterMembershipOptions>().PostConfigure<SiloPortAllocation>((membership, ports) =>
            membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, ports.SiloPort));
        return builder;
    }
}
