using System.Net;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>The caller's RTP address as its SDP names it: counts PCMU packets and those with audible samples.</summary>
internal sealed class RtpCounter : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _packets;
    private int _audible;
    private int _other;

    public RtpCounter() => _loop = Task.Run(() => RtpTonePeer.ReceiveRtpAsync(_socket, (packet, _) => Count(packet), _stop.Token));

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    public int Packets => Volatile.Read(ref _packets);

    public int AudiblePackets => Volatile.Read(ref _audible);

    public int OtherPayloadTypes => Volatile.Read(ref _other);

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Closing the socket ends the receive loop.
        }

        _stop.Dispose();
    }

    private void Count(byte[] packet)
    {
        if ((packet[1] & 0x7F) != 0)
        {
            Interlocked.Increment(ref _other);
            return;
        }

        Interlocked.Increment(ref _packets);

        // G.711 µ-law: the complemented byte's exponent bits; exponent 4+ is above about 500 in linear PCM.
        if (packet.AsSpan(12).ToArray().Count(b => ((~b >> 4) & 0x07) >= 4) >= 8)
        {
            Interlocked.Increment(ref _audible);
        }
    }
}
