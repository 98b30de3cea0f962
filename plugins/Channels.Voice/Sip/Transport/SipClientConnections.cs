using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// The TCP and TLS connections we open to carriers, one per remote endpoint, transport and TLS server name, reused by
/// every request to that endpoint. What the carrier sends back (responses, in-dialog requests) is read by a
/// <see cref="SipTcpConnection"/> and fed to the sink like inbound traffic. TLS is 1.2 or 1.3 and the certificate is
/// checked by <see cref="SipTlsClientOptions"/>. An idle connection is kept alive with a double-CRLF ping
/// (RFC 5626 §3.5.1); a connection that dropped is opened again by the next request that needs it.
/// </summary>
internal sealed partial class SipClientConnections(ISipPacketSink sink, SipLimits limits, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private static readonly byte[] Ping = "\r\n\r\n"u8.ToArray();
    private readonly Dictionary<Key, Open> _open = [];
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private int _opened;

    /// <summary>How long a connect (and TLS handshake) may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many connections were opened since start (a reused connection counts once).</summary>
    public int Opened => _opened;

    /// <summary>How many connections are open now (for tests and health).</summary>
    public int Count
    {
        get
        {
            lock (_open)
            {
                return _open.Values.Count(o => !o.Running.IsCompleted);
            }
        }
    }

    /// <summary>
    /// The connection to <paramref name="remote"/> over TCP, or TLS when <paramref name="tls"/> is given: the open one
    /// when there is one, else a new one. Fails (never throws for network reasons) with why it could not be opened.
    /// </summary>
    public async Task<SipConnectResult> ConnectAsync(IPEndPoint remote, SipTlsClientOptions? tls, TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        var key = new Key(tls is null ? "TCP" : "TLS", remote, tls?.ServerName);
        if (Existing(key) is { } existing)
        {
            return existing;
        }

        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Existing(key) is { } raced)
            {
                return raced;
            }

            var opened = await OpenAsync(key, tls, cancellationToken).ConfigureAwait(false);
            if (opened.Source is { Connection: SipTcpConnection connection } source)
            {
                var running = connection.RunAsync(_stopping.Token);
                lock (_open)
                {
                    _open[key] = new Open(source, running);
                }

                Interlocked.Increment(ref _opened);
                _ = KeepAliveAsync(connection, running, keepAlive, _stopping.Token);
                LogConnected(logger, key.Transport, remote.ToString());
            }

            return opened;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Open[] open;
        lock (_open)
        {
            open = [.. _open.Values];
            _open.Clear();
        }

        foreach (var connection in open)
        {
            connection.Source.Connection!.Close();
        }

        await Task.WhenAll(open.Select(o => o.Running)).ConfigureAwait(false);
        _stopping.Dispose();
        _connecting.Dispose();
    }

    private SipConnectResult? Existing(Key key)
    {
        lock (_open)
        {
            if (_open.TryGetValue(key, out var open))
            {
                if (!open.Running.IsCompleted)
                {
                    return new SipConnectResult(open.Source, null);
                }

                // Dropped since the last request: forget it, the caller opens a new one.
                _open.Remove(key);
                LogDropped(logger, key.Transport, key.Remote.ToString());
            }
        }

        return null;
    }

    private async Task<SipConnectResult> OpenAsync(Key key, SipTlsClientOptions? tls, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        timeout.CancelAfter(ConnectTimeout);
        var socket = new Socket(key.Remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        SslStream? secure = null;
        try
        {
            await socket.ConnectAsync(key.Remote, timeout.Token).ConfigureAwait(false);
            if (tls is not null)
            {
                string? refusal = null;
                secure = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
                try
                {
                    await secure.AuthenticateAsClientAsync(
                        new SslClientAuthenticationOptions
                        {
                            TargetHost = tls.ServerName,
                            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                            {
                                refusal = tls.Refusal(certificate, chain, errors);
                                return refusal is null;
                            },
                        },
                        timeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is AuthenticationException or IOException)
                {
                    return Failed(key, refusal is null ? $"TLS handshake failed: {ex.Message}" : $"TLS refused: {refusal}");
                }
            }

            var connection = new SipTcpConnection(socket, sink, limits, secured: secure);
            return new SipConnectResult(new SipSource(key.Transport, key.Remote, (IPEndPoint)socket.LocalEndPoint!, connection), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(key, string.Create(CultureInfo.InvariantCulture, $"no connection within {ConnectTimeout.TotalSeconds} s"));
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return Failed(key, ex is SocketException socketError ? $"connection failed ({socketError.SocketErrorCode})" : $"connection failed ({ex.Message})");
        }
        finally
        {
            if (!socket.Connected || (tls is not null && secure is not { IsAuthenticated: true }))
            {
                secure?.Dispose();
                socket.Dispose();
            }
        }
    }

    private SipConnectResult Failed(Key key, string reason)
    {
        LogConnectFailed(logger, key.Transport, key.Remote.ToString(), key.ServerName ?? "-", reason);
        return new SipConnectResult(null, reason);
    }

    /// <summary>Sends a double-CRLF ping whenever nothing was written for <paramref name="interval"/>, until the connection ends.</summary>
    private async Task KeepAliveAsync(SipTcpConnection connection, Task running, TimeSpan interval, CancellationToken cancellationToken)
    {
        while (!running.IsCompleted)
        {
            try
            {
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
                if (!running.IsCompleted && connection.SinceLastSend >= interval)
                {
                    await connection.SendAsync(Ping, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // Stopping, or the connection is gone: the next request opens a new one.
                return;
            }
        }
    }

    [LoggerMessage(7110, LogLevel.Information, "SIP {Transport} connection to {Remote} opened")]
    private static partial void LogConnected(ILogger logger, string transport, string remote);

    [LoggerMessage(7111, LogLevel.Warning, "SIP {Transport} connection to {Remote} (server name {ServerName}) failed: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, string transport, string remote, string serverName, string reason);

    [LoggerMessage(7112, LogLevel.Information, "SIP {Transport} connection to {Remote} dropped; the next request opens a new one")]
    private static partial void LogDropped(ILogger logger, string transport, string remote);

    private sealed record Key(string Transport, IPEndPoint Remote, string? ServerName);

    private sealed record Open(SipSource Source, Task Running);
}

/// <summary>A connection to a carrier (<see cref="Source"/>, which requests are sent on), or why there is none.</summary>
internal sealed record SipConnectResult(SipSource? Source, string? Failure);
