using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// The SIP server with the call layer on 127.0.0.1 ephemeral UDP/TCP ports (and TLS, with the registrar tests'
/// self-signed certificate, when asked) and ephemeral RTP ports.
/// </summary>
internal sealed class RunningCallServer : IAsyncDisposable
{
    private RunningCallServer(SipServer server, SipCallManager calls)
    {
        Server = server;
        Calls = calls;
    }

    public SipServer Server { get; }

    public SipCallManager Calls { get; }

    public IPEndPoint Udp => Server.UdpEndpoints[0];

    public IPEndPoint Tcp => Server.TcpEndpoints[0];

    public IPEndPoint Tls => Server.TlsEndpoints[0];

    public IPEndPoint Endpoint(string transport) => transport == "TCP" ? Tcp : Udp;

    public static RunningCallServer Start(ISipCallApplication application, SipTimers? timers = null, ISipCredentialStore? credentials = null, SipCallOptions? callOptions = null, bool tls = false)
    {
        var options = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)],
            TcpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)],
            TlsEndpoints = tls ? [new IPEndPoint(IPAddress.Loopback, 0)] : [],
            TlsCertificate = tls ? RunningSipServer.Certificate : null,
            Realm = "127.0.0.1",
            Timers = timers ?? new SipTimers(),

            // Debian's SIPp 3.6 answers only the first challenge and only MD5 (the agent phone's registration).
            DigestAlgorithms = [SipDigestAlgorithm.Md5, SipDigestAlgorithm.Sha256],
        };
        var (server, calls) = SipServerFactory.CreateCallServer(
            options, callOptions ?? new SipCallOptions { RtpPorts = RtpPortRange.Ephemeral }, credentials ?? new InMemorySipCredentialStore(), application, TimeProvider.System, NullLoggerFactory.Instance);
        server.Start();
        return new RunningCallServer(server, calls);
    }

    public async ValueTask DisposeAsync()
    {
        await Calls.DisposeAsync();
        await Server.DisposeAsync();
    }
}
