using System.Net;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// One audio stream anchored on the platform: RTP and RTCP sockets, G.711 decode of what arrives (raised as 8 kHz
/// PCM frames), RFC 4733 digits, reception statistics and RTCP reports; sending is in <see cref="RtpSender"/>.
/// RTP is symmetric (RFC 4961): the first packet's source becomes where we send, so phones behind NAT work.
/// When the negotiation keyed SRTP (SDES), every packet in and out goes through <see cref="Srtp"/>: what fails its
/// tag is dropped and counted before anything else looks at it, so the mixer and the recording only see plain audio.
/// </summary>
internal sealed partial class RtpSession : IAsyncDisposable
{
    private readonly Socket _rtp;
    private readonly Socket _rtcp;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly RtpReceiveStatistics _statistics = new();
    private readonly List<Task> _loops = [];
    private readonly Lock _lock = new();
    private readonly List<SrtpSession> _retiredSrtp = [];
    private uint _lastDtmfTimestamp = uint.MaxValue;
    private ITimer? _reports;
    private volatile SrtpSession? _srtp;

    public RtpSession(IPAddress address, RtpPortRange range, TimeProvider time, ILogger logger)
    {
        (_rtp, _rtcp) = RtpSockets.Bind(address, range);
        _time = time;
        _logger = logger;
        LocalAddress = address;
        Sender = new RtpSender(_rtp, time);
    }

    public IPAddress LocalAddress { get; }

    public int RtpPort => ((IPEndPoint)_rtp.LocalEndPoint!).Port;

    public int RtcpPort => ((IPEndPoint)_rtcp.LocalEndPoint!).Port;

    public RtpSender Sender { get; }

    public NegotiatedMedia? Media { get; private set; }

    public long PacketsReceived => _statistics.Received;

    /// <summary>The SRTP session when the stream is RTP/SAVP (its counters show what was protected and dropped).</summary>
    public SrtpSession? Srtp => _srtp;

    public int RtcpReceived { get; private set; }

    public RtcpReport? LastRemoteReport { get; private set; }

    /// <summary>Decoded audio, one RTP payload at a time (8 kHz, 16-bit).</summary>
    public event Action<ReadOnlyMemory<short>>? AudioReceived;

    /// <summary>The same audio with its RTP timing, for a jitter buffer.</summary>
    public event Action<RtpAudio>? AudioPacketReceived;

    public event Action<char>? DtmfReceived;

    /// <summary>Applies (or re-applies, on a re-INVITE) what offer/answer agreed.</summary>
    public void Configure(NegotiatedMedia media)
    {
        lock (_lock)
        {
            if (media.Srtp is null && _srtp is { } plain)
            {
                _retiredSrtp.Add(plain);
                _srtp = null;
            }
            else if (media.Srtp is { } keying && !keying.SameAs(Media?.Srtp))
            {
                // New keys (the first answer, or a re-INVITE that rekeyed): fresh contexts, ROC and replay windows.
                if (_srtp is { } previous)
                {
                    _retiredSrtp.Add(previous);
                }

                _srtp = keying.CreateSession();
            }

            Media = media;
            Sender.Configure(media, _srtp?.Outbound);
        }
    }

    public void Start(TimeSpan reportInterval)
    {
        _loops.Add(Task.Run(() => ReceiveRtpAsync(_stopping.Token)));
        _loops.Add(Task.Run(() => ReceiveRtcpAsync(_stopping.Token)));
        _reports = _time.CreateTimer(_ => _ = SendReportAsync(bye: false), null, reportInterval, reportInterval);
    }

    /// <summary>SR when we have sent media since the last report, RR otherwise (RFC 3550 §6.4), with SDES CNAME.</summary>
    public async Task SendReportAsync(bool bye)
    {
        var media = Media;
        if (media?.RemoteRtcp is not { } destination)
        {
            return;
        }

        var block = _statistics.Report();
        var report = Sender.Report(block, bye);
        var packet = RtcpPacket.Build(report);
        if (_srtp is { } srtp)
        {
            var protectedPacket = new byte[packet.Length + 4 + SrtpSuite.RtcpTagLength];
            packet.CopyTo(protectedPacket, 0);
            packet = protectedPacket[..srtp.Outbound.ProtectRtcp(protectedPacket, packet.Length)];
        }

        try
        {
            await _rtcp.SendToAsync(packet, SocketFlags.None, destination, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            LogSendFailed(_logger, destination.ToString(), ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_reports is not null)
        {
            await _reports.DisposeAsync().ConfigureAwait(false);
        }

        await SendReportAsync(bye: true).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        _rtp.Dispose();
        _rtcp.Dispose();
        await Task.WhenAll(_loops).ConfigureAwait(false);
        _stopping.Dispose();
        lock (_lock)
        {
            _srtp?.Dispose();
            _retiredSrtp.ForEach(s => s.Dispose());
        }
    }

    private async Task ReceiveRtpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[2048];
        var pcm = new short[2048];
        EndPoint any = new IPEndPoint(LocalAddress.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (await ReceiveAsync(_rtp, buffer, any, cancellationToken).ConfigureAwait(false) is { } received)
        {
            var length = received.ReceivedBytes;
            if (_srtp is { } srtp)
            {
                length = srtp.Inbound.UnprotectRtp(buffer.AsSpan(0, length));
            }

            if (length < 0 || !RtpPacket.TryParse(buffer.AsMemory(0, length), out var packet) || Media is not { } media)
            {
                continue;
            }

            Sender.Latch((IPEndPoint)received.RemoteEndPoint);
            var arrival = (long)(_time.GetTimestamp() * 8000.0 / _time.TimestampFrequency);
            _statistics.OnPacket(packet, arrival);
            if (packet.PayloadType == media.TelephoneEvent)
            {
                if (DtmfEvent.TryParse(packet.Payload.Span, out var dtmf) && dtmf.Digit is char digit && packet.Timestamp != _lastDtmfTimestamp)
                {
                    // Every packet of one event carries the event's start timestamp: report the digit once.
                    _lastDtmfTimestamp = packet.Timestamp;
                    DtmfReceived?.Invoke(digit);
                }
            }
            else if (packet.PayloadType is 0 or 8 && packet.Payload.Length <= pcm.Length)
            {
                var samples = pcm.AsMemory(0, packet.Payload.Length);
                G711.Decode(packet.Payload.Span, samples.Span, aLaw: packet.PayloadType == 8);
                AudioReceived?.Invoke(samples);
                AudioPacketReceived?.Invoke(new RtpAudio(packet.Ssrc, packet.Timestamp, samples, arrival));
            }
        }
    }

    private async Task ReceiveRtcpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[2048];
        EndPoint any = new IPEndPoint(LocalAddress.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (await ReceiveAsync(_rtcp, buffer, any, cancellationToken).ConfigureAwait(false) is { } received)
        {
            var length = received.ReceivedBytes;
            if (_srtp is { } srtp)
            {
                length = srtp.Inbound.UnprotectRtcp(buffer.AsSpan(0, length));
            }

            if (length >= 0 && RtcpPacket.TryParse(buffer.AsSpan(0, length), out var report))
            {
                RtcpReceived++;
                LastRemoteReport = report;
            }
        }
    }

    private async Task<SocketReceiveFromResult?> ReceiveAsync(Socket socket, byte[] buffer, EndPoint any, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                return await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.MessageSize)
            {
                // ICMP unreachable from an earlier send, or an oversized datagram: keep receiving.
                LogReceiveFailed(_logger, ex.SocketErrorCode);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return null;
            }
        }

        return null;
    }

    [LoggerMessage(7100, LogLevel.Debug, "RTP receive failed: {Error}")]
    private static partial void LogReceiveFailed(ILogger logger, SocketError error);

    [LoggerMessage(7104, LogLevel.Debug, "RTCP send to {Destination} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, string destination, string error);
}
