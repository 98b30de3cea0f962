using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Host.Cluster;

/// <summary>Finds a free loopback port by binding port 0 and releasing it (Orleans refuses port 0 itself).</summary>
internal static class FreeTcpPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
