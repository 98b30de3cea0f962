using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>Ephemeral loopback ports the system hands out (held together, so all differ), released for servers that take them a moment later.</summary>
internal static class FreePort
{
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
