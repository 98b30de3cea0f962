using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>SIP over UDP: one socket, one receive loop; each datagram is one message (RFC 3261 §18.1.1).</summary>
internal sealed partial class SipUdpTransport : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly ISipPacketSink _sink;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public SipUdpTransport(IPEndPoint endpoint, ISipPacketSink sink, ILogger logger)
    {
        _sink = sink;
        _logger = logger;
        _socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(endpoint);
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public void Start() => _loop = Task.Run(() => ReceiveLoopAsync(_stopping.Token));

    public async ValueTask SendAsync(ReadOnlyMemory<byte> data, IPEndPoint remote, CancellationToken cancellationToken) =>
        await _socket.SendToAsync(data, SocketFlags.None, remote, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _socket.Dispose();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[65_535];
        EndPoint any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // An ICMP port-unreachable from an earlier send surfaces here on some platforms; keep receiving.
                LogReceiveFailed(_logger, ex.SocketErrorCode);
                continue;
            }

            var source = new SipSource("UDP", (IPEndPoint)received.RemoteEndPoint, LocalEndPoint);
            await _sink.OnPacketAsync(buffer.AsMemory(0, received.ReceivedBytes).ToArray(), source, stream: false, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(7001, LogLevel.Debug, "SIP UDP receive failed: {Error}")]
    private static partial void LogReceiveFailed(ILogger logger, SocketError error);
}
