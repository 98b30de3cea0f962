using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>Binds the RTP and RTCP sockets of one session inside the configured port range.</summary>
internal static class RtpSockets
{
    public static (Socket Rtp, Socket Rtcp) Bind(IPAddress address, RtpPortRange range)
    {
        if (range.IsEphemeral)
        {
            return (BindOne(address, 0)!, BindOne(address, 0)!);
        }

        // Random even starting point, then walk the range once: collisions with other sessions are skipped.
        var pairs = (range.Max - range.Min + 1) / 2;
        var first = RandomNumberGenerator.GetInt32(Math.Max(pairs, 1));
        for (var i = 0; i < pairs; i++)
        {
            var port = range.Min + (2 * ((first + i) % pairs));
            port += port % 2;
            if (port + 1 > range.Max || BindOne(address, port) is not { } rtp)
            {
                continue;
            }

            if (BindOne(address, port + 1) is { } rtcp)
            {
                return (rtp, rtcp);
            }

            rtp.Dispose();
        }

        throw new InvalidOperationException($"No free RTP port pair in {range.Min}-{range.Max}.");
    }

    private static Socket? BindOne(IPAddress address, int port)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            return socket;
        }
        catch (SocketException) when (port != 0)
        {
            socket.Dispose();
            return null;
        }
    }
}
