using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// RFC 3261 §18.2.1 and RFC 3581: stamp the top Via of a received request with received (when the packet's
/// source differs from sent-by) and rport (when asked for); and pick where a UDP response goes (§18.2.2):
/// the received address, at the rport port if present, else the sent-by port, else 5060.
/// </summary>
internal static class SipResponseRouting
{
    public static void StampReceived(SipRequest request, SipSource source)
    {
        var first = SipValueSplitter.Split(request.Headers.Get(SipHeaderNames.Via)!, SipHeaderNames.Via);
        var via = SipVia.Parse(first[0]);
        var address = source.Remote.Address.ToString();
        if (!string.Equals(via.Host.Trim('[', ']'), address, StringComparison.OrdinalIgnoreCase))
        {
            via.Parameters.Set("received", source.Remote.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address);
        }

        if (via.HasRport)
        {
            via.Parameters.Set("rport", source.Remote.Port.ToString(CultureInfo.InvariantCulture));
        }

        first[0] = via.ToString();
        request.Headers.ReplaceFirst(SipHeaderNames.Via, string.Join(", ", first));
    }

    public static IPEndPoint UdpDestination(SipResponse response, SipSource source)
    {
        var via = response.TopVia;
        if (via is null)
        {
            return source.Remote;
        }

        var address = IPAddress.TryParse((via.Received ?? via.Host).Trim('[', ']'), out var parsed) ? parsed : source.Remote.Address;
        var port = via.Rport ?? via.Port ?? 5060;
        return new IPEndPoint(address, port);
    }
}
