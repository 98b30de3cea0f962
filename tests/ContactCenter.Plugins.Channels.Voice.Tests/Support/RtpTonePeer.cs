using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// One party's RTP as a SIP peer's SDP names it (SIPp's signalling, this socket's media): from the first packet the
/// platform sends, it answers (symmetric RTP) with a PCMU sine tone of its own frequency every 20 ms, and keeps what
/// it hears decoded, tagged with the test's current <see cref="Phase"/>, so a test can say who was heard when.
/// </summary>
internal sealed class RtpTonePeer : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(int Phase, short[] Samples)> _heard = [];
    private readonly Lock _lock = new();
    private readonly int _hz;
    private readonly Task _receiving;
    private Task? _speaking;
    private int _phase;

    public RtpTonePeer(int hz)
    {
        _hz = hz;
        _receiving = Task.Run(ReceiveAsync);
    }

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;

    /// <summary>SIPp's arguments naming this socket as the <c>[audio_port]</c> of a scenario's SDP.</summary>
    public string[] AudioPortKey => ["-key", "audio_port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>What the test is checking now; each received packet is kept under the phase current on arrival.</summary>
    public int Phase
    {
        get => Volatile.Read(ref _phase);
        set => Volatile.Write(ref _phase, value);
    }

    /// <summary>Packets received in <paramref name="phase"/>.</summary>
    public int PacketsIn(int phase)
    {
        lock (_lock)
        {
            return _heard.Count(h => h.Phase == phase);
        }
    }

    /// <summary>The audio heard in <paramref name="phase"/>, packets concatenated in arrival order.</summary>
    public short[] HeardIn(int phase)
    {
        lock (_lock)
        {
            return [.. _heard.Where(h => h.Phase == phase).SelectMany(h => h.Samples)];
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        try
        {
            Task.WaitAll([_receiving, _speaking ?? Task.CompletedTask], TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Closing the socket ends both loops.
        }

        _stop.Dispose();
    }

    /// <summary>G.711 µ-law (ITU-T G.711) of one 16-bit sample.</summary>
    public static byte MuLaw(short sample)
    {
        const int bias = 0x84;
        var sign = sample < 0 ? 0x80 : 0;
        var magnitude = Math.Min(Math.Abs((int)sample), 32635) + bias;
        var exponent = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    /// <summary>The 16-bit sample a µ-law byte stands for.</summary>
    public static short FromMuLaw(byte encoded)
    {
        var value = ~encoded & 0xFF;
        var magnitude = ((((value & 0x0F) << 3) + 0x84) << ((value >> 4) & 0x07)) - 0x84;
        return (short)((value & 0x80) != 0 ? -magnitude : magnitude);
    }

    /// <summary>Blocks of 100 ms in which <paramref name="hz"/> carries at least <paramref name="share"/> of the energy (Goertzel), at an audible level.</summary>
    public static int BlocksWithTone(short[] samples, int hz, double share) => ToneWav.BlocksWithTone(samples, hz, share, level: 200);

    /// <summary>
    /// Asserts what this party heard in <paramref name="phase"/>: at least 5 blocks of 100 ms, most of them carrying
    /// each of <paramref name="heard"/> (two tones: about half the energy each), none carrying any of <paramref name="unheard"/>.
    /// </summary>
    public void AssertHears(int phase, int[] heard, int[] unheard)
    {
        var audio = HeardIn(phase);
        var blocks = audio.Length / 800;
        Assert.True(blocks >= 5, $"only {blocks} blocks of audio in phase {phase}");
        foreach (var hz in heard)
        {
            var found = BlocksWithTone(audio, hz, heard.Length == 1 ? 0.5 : 0.25);
            Assert.True(found >= blocks / 2, $"{hz} Hz in {found} of {blocks} blocks (phase {phase})");
        }

        foreach (var hz in unheard)
        {
            Assert.Equal(0, BlocksWithTone(audio, hz, 0.05));
        }
    }

    /// <summary>
    /// Receives on <paramref name="socket"/> until <paramref name="stop"/> or the socket closes, handing each RTP
    /// version 2 packet (12-byte header at least) to <paramref name="packet"/> with its source; anything else is dropped.
    /// </summary>
    public static async Task ReceiveRtpAsync(UdpClient socket, Action<byte[], IPEndPoint> packet, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            UdpReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (received.Buffer.Length >= 12 && received.Buffer[0] >> 6 == 2)
            {
                packet(received.Buffer, received.RemoteEndPoint);
            }
        }
    }

    private Task ReceiveAsync() => ReceiveRtpAsync(_socket, Heard, _stop.Token);

    private void Heard(byte[] packet, IPEndPoint platform)
    {
        if (packet.Length == 12 || (packet[1] & 0x7F) != 0)
        {
            return;
        }

        _speaking ??= Task.Run(() => SpeakAsync(platform));
        var samples = packet.AsSpan(12).ToArray().Select(FromMuLaw).ToArray();
        lock (_lock)
        {
            _heard.Add((Phase, samples));
        }
    }

    private async Task SpeakAsync(IPEndPoint platform)
    {
        var ssrc = (uint)Random.Shared.Next();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        for (ushort sequence = 0; !_stop.IsCancellationRequested; sequence++)
        {
            var packet = new byte[12 + 160];
            packet[0] = 0x80;
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), sequence);
            BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), (uint)(sequence * 160));
            BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(8), ssrc);
            for (var i = 0; i < 160; i++)
            {
                var t = (sequence * 160) + i;
                packet[12 + i] = MuLaw((short)(6000 * Math.Sin(2 * Math.PI * _hz * t / 8000)));
            }

            try
            {
                await _socket.SendAsync(packet, platform, _stop.Token);
                await timer.WaitForNextTickAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }
}
