using System.Net;
using System.Net.Sockets;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// A UDP socket on loopback standing in for a phone's media port: counts the RTP packets it gets (version 2, PCMU) and
/// the audible ones (G.711 µ-law decoded, mean amplitude above a whisper), so a test can tell speech from silence.
/// </summary>
internal sealed class RtpSink : IAsyncDisposable
{
    private const int Audible = 300;
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _packets;
    private int _audible;

    public RtpSink() => _receiving = Task.Run(ReceiveAsync);

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    public int Packets => Volatile.Read(ref _packets);

    public int AudiblePackets => Volatile.Read(ref _audible);

    /// <summary>Waits until <paramref name="count"/> more audible packets than now arrived; false after <paramref name="patience"/>.</summary>
    public async Task<bool> HearsAsync(int count, TimeSpan patience)
    {
        var target = AudiblePackets + count;
        using var waiting = new CancellationTokenSource(patience);
        while (AudiblePackets < target)
        {
            if (waiting.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return true;
    }

    private async Task ReceiveAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(_stop.Token);
                var packet = received.Buffer;
                if (packet.Length <= 12 || packet[0] >> 6 != 2 || (packet[1] & 0x7F) != 0)
                {
                    continue;
                }

                Interlocked.Increment(ref _packets);
                var total = 0L;
                for (var i = 12; i < packet.Length; i++)
                {
                    total += Math.Abs(Ulaw(packet[i]));
                }

                if (total / (packet.Length - 12) > Audible)
                {
                    Interlocked.Increment(ref _audible);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The test ended.
        }
        catch (SocketException) when (_stop.IsCancellationRequested)
        {
            // The socket closed under the pending receive.
        }
    }

    // G.711 µ-law to linear (ITU-T G.711): sign, 3-bit exponent, 4-bit mantissa, bits inverted on the wire.
    private static int Ulaw(byte coded)
    {
        var value = ~coded & 0xFF;
        var magnitude = ((((value & 0x0F) << 3) + 0x84) << ((value >> 4) & 0x07)) - 0x84;
        return (value & 0x80) != 0 ? -magnitude : magnitude;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _receiving;
        }
        catch (ObjectDisposedException)
        {
            // The socket closed under the pending receive.
        }

        _stop.Dispose();
    }
}
