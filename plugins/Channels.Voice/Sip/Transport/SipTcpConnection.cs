using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// One TCP or TLS connection: reads into a growing buffer, frames messages by Content-Length (partial reads and
/// several messages per read both handled), and on an unframeable stream answers 400 and closes (RFC 3261 §18.3).
/// With <paramref name="tls"/> the stream is the TLS session negotiated first over the socket (RFC 3261 §26.2.1);
/// with <paramref name="secured"/> (a connection we opened to a carrier) it is the client TLS session already
/// negotiated over the socket. Either way what arrives is fed to <paramref name="sink"/> like any inbound traffic.
/// </summary>
internal sealed class SipTcpConnection(Socket socket, ISipPacketSink sink, SipLimits limits, SipTlsServer? tls = null, Stream? secured = null) : ISipConnection, IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Lock _closing = new();
    private Stream _stream = secured ?? new NetworkStream(socket, ownsSocket: true);
    private long _lastSent = Environment.TickCount64;
    private bool _closed;

    /// <summary>"TLS" or "TCP": the transport of Via headers and <c>;transport=</c> for this connection.</summary>
    public string Transport => tls is null && secured is null ? "TCP" : "TLS";

    /// <summary>How long since anything was written (keep-alive pings go on idle connections).</summary>
    public TimeSpan SinceLastSend => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastSent));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var remote = (IPEndPoint)socket.RemoteEndPoint!;
        var source = new SipSource(Transport, remote, (IPEndPoint)socket.LocalEndPoint!, this);
        var buffer = new byte[8_192];
        var count = 0;
        try
        {
            if (tls is not null)
            {
                if (await tls.AuthenticateAsync(_stream, remote, cancellationToken).ConfigureAwait(false) is not { } secure)
                {
                    return;
                }

                lock (_closing)
                {
                    if (_closed)
                    {
                        // Closed while the handshake ran: the session it produced is not used either.
                        secure.Dispose();
                        return;
                    }

                    _stream = secure;
                }
            }

            while (!cancellationToken.IsCancellationRequested)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limits.MaxMessageSize + 4));
                }

                var read = await _stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                count += read;
                count = await DrainAsync(buffer, count, source, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SipParseException ex)
        {
            await RejectAsync(ex, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away or the transport is stopping: nothing to answer.
        }
        finally
        {
            Dispose();
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastSent, Environment.TickCount64);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the stream (the read loop then ends and disposes the rest); safe from any thread, any number of times.</summary>
    public void Close() => CloseStream();

    public void Dispose()
    {
        CloseStream();
        _sendLock.Dispose();
    }

    /// <summary>
    /// Disposes the stream once. The owner closing a connection (<see cref="Close"/>) races the read loop's own
    /// disposal when the peer leaves at the same moment, and two concurrent disposals of an <see cref="SslStream"/>
    /// are not safe: they were seen to throw from inside its native handle.
    /// </summary>
    private void CloseStream()
    {
        lock (_closing)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _stream.Dispose();
        }
    }

    private async Task<int> DrainAsync(byte[] buffer, int count, SipSource source, CancellationToken cancellationToken)
    {
        var offset = 0;
        while (SipStreamFramer.TryFrame(buffer.AsSpan(offset, count - offset), limits, out var skipped, out var length))
        {
            var message = buffer.AsMemory(offset + skipped, length).ToArray();
            offset += skipped + length;
            await sink.OnPacketAsync(message, source, stream: true, cancellationToken).ConfigureAwait(false);
        }

        SipStreamFramer.TryFrame(buffer.AsSpan(offset, count - offset), limits, out var keepAlive, out _);
        offset += keepAlive;
        Buffer.BlockCopy(buffer, offset, buffer, 0, count - offset);
        return count - offset;
    }

    private async Task RejectAsync(SipParseException error, CancellationToken cancellationToken)
    {
        if (error.Status is not int status)
        {
            return;
        }

        try
        {
            var response = $"SIP/2.0 {status} {error.Reason}\r\nContent-Length: 0\r\n\r\n";
            await SendAsync(System.Text.Encoding.UTF8.GetBytes(response), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing anyway: the peer sent garbage and may already be gone.
        }
    }
}
