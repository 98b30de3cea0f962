using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transport;

/// <summary>
/// Connections we open to a carrier, against a plain TCP listener standing in for it on a loopback ephemeral port:
/// reuse, a request from the carrier on our connection answered on it, the RFC 5626 double-CRLF ping on idle,
/// and a new connection on the next use after the carrier dropped it.
/// </summary>
public sealed class SipClientConnectionsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Connect_TwiceToTheSameEndpoint_OneConnectionReused()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var carrier = new TcpListener(IPAddress.Loopback, 0);
        carrier.Start();
        await using var connections = Connections(us);

        var first = await connections.ConnectAsync(Endpoint(carrier), null, TimeSpan.FromMinutes(1), CancellationToken.None);
        var second = await connections.ConnectAsync(Endpoint(carrier), null, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Null(first.Failure);
        Assert.Same(first.Source!.Connection, second.Source!.Connection);
        Assert.Equal("TCP", first.Source.Transport);
        Assert.Equal(1, connections.Opened);
        Assert.Equal(1, connections.Count);
    }

    [Fact]
    public async Task CarrierSendsARequestOnOurConnection_AnsweredOnTheSameConnection()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var carrier = new TcpListener(IPAddress.Loopback, 0);
        carrier.Start();
        await using var connections = Connections(us);

        await connections.ConnectAsync(Endpoint(carrier), null, TimeSpan.FromMinutes(1), CancellationToken.None);
        using var accepted = await carrier.AcceptSocketAsync();
        var options = "OPTIONS sip:us@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKcarrier1\r\nMax-Forwards: 70\r\n"
            + "From: <sip:carrier@127.0.0.1>;tag=c1\r\nTo: <sip:us@127.0.0.1>\r\nCall-ID: carrier-options-1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
        await accepted.SendAsync(Encoding.ASCII.GetBytes(options));
        var reply = await ReadUntilAsync(accepted, "\r\n\r\n");

        Assert.StartsWith("SIP/2.0 200 OK\r\n", reply, StringComparison.Ordinal);
        Assert.Contains("branch=z9hG4bKcarrier1", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdleConnection_DoubleCrlfPing()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var carrier = new TcpListener(IPAddress.Loopback, 0);
        carrier.Start();
        await using var connections = Connections(us);

        await connections.ConnectAsync(Endpoint(carrier), null, TimeSpan.FromMilliseconds(100), CancellationToken.None);
        using var accepted = await carrier.AcceptSocketAsync();
        var ping = await ReadUntilAsync(accepted, "\r\n\r\n");

        Assert.Equal("\r\n\r\n", ping[..4]);
    }

    [Fact]
    public async Task CarrierDropsTheConnection_TheNextUseOpensANewOne()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var carrier = new TcpListener(IPAddress.Loopback, 0);
        carrier.Start();
        await using var connections = Connections(us);
        var first = await connections.ConnectAsync(Endpoint(carrier), null, TimeSpan.FromMinutes(1), CancellationToken.None);
        using (var accepted = await carrier.AcceptSocketAsync())
        {
            accepted.Shutdown(SocketShutdown.Both);
        }

        for (var i = 0; i < 400 && connections.Count > 0; i++)
        {
            await Task.Delay(25);
        }

        var second = await connections.ConnectAsync(Endpoint(carrier), null, TimeSpan.FromMinutes(1), CancellationToken.None);
        using var again = await carrier.AcceptSocketAsync().WaitAsync(Wait);

        Assert.NotSame(first.Source!.Connection, second.Source!.Connection);
        Assert.Equal(2, connections.Opened);
        Assert.Equal(1, connections.Count);
    }

    [Fact]
    public async Task NothingListening_FailureNamesTheSocketError()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var connections = Connections(us);
        var closed = new IPEndPoint(IPAddress.Loopback, SippRunner.FreePort("TCP"));

        var result = await connections.ConnectAsync(closed, null, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Null(result.Source);
        Assert.Equal("connection failed (ConnectionRefused)", result.Failure);
        Assert.Equal(0, connections.Opened);
    }

    [Fact]
    public async Task TlsToAPlainTcpPeer_HandshakeFailsWithAReason()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var carrier = new TcpListener(IPAddress.Loopback, 0);
        carrier.Start();
        await using var connections = Connections(us);
        _ = Task.Run(async () =>
        {
            using var accepted = await carrier.AcceptSocketAsync();
            await accepted.SendAsync(Encoding.ASCII.GetBytes("SIP/2.0 400 Not TLS\r\n\r\n"));
            accepted.Shutdown(SocketShutdown.Both);
        });

        var result = await connections.ConnectAsync(Endpoint(carrier), new SipTlsClientOptions("localhost"), TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Null(result.Source);
        Assert.StartsWith("TLS handshake failed", result.Failure, StringComparison.Ordinal);
        Assert.Equal(0, connections.Count);
    }

    private static SipClientConnections Connections(RunningCallServer us) => new(us.Server, SipLimits.Default, TimeProvider.System, NullLogger.Instance);

    private static IPEndPoint Endpoint(TcpListener listener) => (IPEndPoint)listener.LocalEndpoint;

    private static async Task<string> ReadUntilAsync(Socket socket, string end)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[4096];
        var text = new StringBuilder();
        while (!text.ToString().Contains(end, StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
