using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// Where and how requests to a carrier's trunk go: the one place that decides it for outbound calls. Today a trunk is
/// reached by UDP at its outbound proxy (an IP literal and port); TCP/TLS connections and DNS resolution of a
/// carrier's host plug in here.
/// </summary>
internal static class SipTrunkRoute
{
    /// <summary>The transport and destination for <paramref name="proxy"/> over <paramref name="transport"/>; throws <see cref="ArgumentException"/> when it cannot be reached.</summary>
    public static (SipSource Peer, IPEndPoint Destination) Resolve(ISipSender sender, IPEndPoint proxy, string transport)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(proxy);
        if (!string.Equals(transport, "udp", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The trunk's transport '{transport}' is not supported for calls yet (udp only).", nameof(transport));
        }

        return (sender.OutboundUdp(proxy), proxy);
    }
}
