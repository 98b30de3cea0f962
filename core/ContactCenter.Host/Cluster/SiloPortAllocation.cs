using ContactCenter.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Cluster;

/// <summary>The silo port, chosen once: the configured one, or a free one when <c>CC:Cluster:SiloPort</c> is 0.</summary>
internal sealed class SiloPortAllocation(IOptions<ClusterOptions> options)
{
    private readonly Lazy<int> _port = new(() => options.Value.SiloPort == 0 ? FreeTcpPort.Find() : options.Value.SiloPort);

    public int SiloPort => _port.Value;
}
