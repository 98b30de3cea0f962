using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// The address to advertise (Via, Contact, SDP) when a socket is bound to a wildcard: the local address the OS
/// would use towards the peer (a connected UDP socket sends nothing; it only selects the route).
/// </summary>
internal static class SipLocalAddress
{
    public static IPAddress Towards(IPAddress bound, IPAddress remote)
    {
        if (!bound.Equals(IPAddress.Any) && !bound.Equals(IPAddress.IPv6Any))
        {
            return bound;
        }

        using var probe = new Socket(remote.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        probe.Connect(new IPEndPoint(remote, 9));
        return ((IPEndPoint)probe.LocalEndPoint!).Address;
    }
}
