using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// The sending half of an RTP stream: 20 ms G.711 frames with a random SSRC, sequence and timestamp base
/// (RFC 3550 §5.1), paced on injected time, RFC 4733 digits, the sender info for RTCP SRs, and SRTP when keyed.
/// </summary>
internal sealed class RtpSender(Socket socket, TimeProvider time)
{
    public const int FrameSamples = 160;

    private readonly Lock _lock = new();
    private ushort _sequence = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue);
    private uint _timestamp = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
    private NegotiatedMedia? _media;
    private SrtpContext? _srtp;
    private IPEndPoint? _latched;
    private bool _sentSinceReport;

    public uint Ssrc { get; } = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);

    public uint PacketsSent { get; private set; }

    public uint OctetsSent { get; private set; }

    /// <summary>Each 20 ms frame as it goes on the wire (before encoding): what the peer hears from us, for the recording.</summary>
    public event Action<ReadOnlyMemory<short>>? FrameSent;

    /// <summary>Where packets go: the latched source of received RTP, else the negotiated address.</summary>
    public IPEndPoint? Destination => _latched ?? _media?.RemoteRtp;

    /// <summary>Applies the negotiation; <paramref name="srtp"/> protects every packet from now on (RTP/SAVP).</summary>
    public void Configure(NegotiatedMedia media, SrtpContext? srtp = null)
    {
        _media = media;
        _srtp = srtp;
        _latched = null;
    }

    public void Latch(IPEndPoint source) => _latched ??= source;

    /// <summary>Plays 8 kHz PCM in real time, one 20 ms frame at a time (the last one padded with silence).</summary>
    public Task PlayAsync(ReadOnlyMemory<short> pcm, CancellationToken cancellationToken) =>
        new PromptPlayer(SendFrameAsync, time).PlayAsync(pcm, cancellationToken);

    /// <summary>Encodes and sends one frame; silently skipped while on hold or before negotiation.</summary>
    public async ValueTask SendFrameAsync(ReadOnlyMemory<short> frame, CancellationToken cancellationToken)
    {
        if (_media is not { CanSend: true } media || Destination is not { } destination)
        {
            return;
        }

        FrameSent?.Invoke(frame);
        var payload = new byte[frame.Length];
        G711.Encode(frame.Span, payload, media.ALaw);
        RtpPacket packet;
        lock (_lock)
        {
            packet = new RtpPacket(false, (byte)media.PayloadType, _sequence++, _timestamp, Ssrc, payload);
            _timestamp += (uint)frame.Length;
        }

        await SendAsync(packet, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one RFC 4733 event: start with the marker bit, updates every 20 ms, three end packets (§2.5.1.4).</summary>
    public async Task SendDtmfAsync(char digit, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (_media is not { CanSend: true, TelephoneEvent: int payloadType } || Destination is not { } destination)
        {
            throw new InvalidOperationException("The peer did not negotiate telephone-event.");
        }

        var code = DtmfEvent.EventFor(digit);
        uint start;
        lock (_lock)
        {
            start = _timestamp;
        }

        var total = (ushort)Math.Min(ushort.MaxValue, duration.TotalMilliseconds * 8);
        for (ushort elapsed = FrameSamples; elapsed < total; elapsed += FrameSamples)
        {
            await SendEventAsync(new DtmfEvent(code, false, 10, elapsed), elapsed == FrameSamples).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < 3; i++)
        {
            await SendEventAsync(new DtmfEvent(code, true, 10, total), false).ConfigureAwait(false);
        }

        lock (_lock)
        {
            _timestamp += total;
        }

        async Task SendEventAsync(DtmfEvent dtmf, bool marker)
        {
            ushort sequence;
            lock (_lock)
            {
                sequence = _sequence++;
            }

            await SendAsync(new RtpPacket(marker, (byte)payloadType, sequence, start, Ssrc, dtmf.ToBytes()), destination, cancellationToken).ConfigureAwait(false);
        }
    }

    public RtcpReport Report(RtcpReportBlock? block, bool bye)
    {
        var sender = _sentSinceReport;
        _sentSinceReport = false;
        var now = time.GetUtcNow();
        var seconds = (ulong)(now - new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero)).TotalSeconds;
        var fraction = (ulong)(now.Ticks % TimeSpan.TicksPerSecond * (1L << 32) / TimeSpan.TicksPerSecond);
        return new RtcpReport(Ssrc, sender, (seconds << 32) | fraction, _timestamp, PacketsSent, OctetsSent, block is null ? [] : [block], $"cc-{Ssrc:x8}", bye);
    }

    private async ValueTask SendAsync(RtpPacket packet, IPEndPoint destination, CancellationToken cancellationToken)
    {
        var srtp = _srtp;
        var buffer = new byte[RtpPacket.HeaderSize + packet.Payload.Length + (srtp is null ? 0 : srtp.Suite.RtpTagLength)];
        var length = packet.WriteTo(buffer);
        if (srtp is not null)
        {
            length = srtp.ProtectRtp(buffer, length);
        }

        await socket.SendToAsync(buffer.AsMemory(0, length), SocketFlags.None, destination, cancellationToken).ConfigureAwait(false);
        PacketsSent++;
        OctetsSent += (uint)packet.Payload.Length;
        _sentSinceReport = true;
    }
}
