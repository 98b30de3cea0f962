using System.Net;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Plugins.Channels.Voice.Plugin;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>The registrar server on 127.0.0.1 ephemeral UDP, TCP and TLS ports (a self-signed certificate), realm 127.0.0.1, user agent1.</summary>
internal sealed class RunningSipServer : IAsyncDisposable
{
    public const string User = "agent1";
    public const string Secret = "s3cret-agent1";

    private RunningSipServer(SipServer server, InMemorySipCredentialStore credentials)
    {
        Server = server;
        Credentials = credentials;
    }

    public SipServer Server { get; }

    public InMemorySipCredentialStore Credentials { get; }

    public IPEndPoint Udp => Server.UdpEndpoints[0];

    public IPEndPoint Tcp => Server.TcpEndpoints[0];

    public IPEndPoint Tls => Server.TlsEndpoints[0];

    /// <summary>The certificate the TLS listener presents (clients pin it: it is self-signed).</summary>
    public static X509Certificate2 Certificate { get; } = VoiceTlsCertificate.Load(new VoiceOptions(), TimeProvider.System, NullLogger.Instance);

    public static async Task<RunningSipServer> StartAsync(SipProtectionOptions? protection = null, TimeProvider? time = null, IReadOnlyList<string>? digestAlgorithms = null)
    {
        var options = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)],
            TcpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)],
            TlsEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)],
            TlsCertificate = Certificate,
            Realm = "127.0.0.1",
            Protection = protection ?? new SipProtectionOptions(),

            // Debian's SIPp 3.6 answers only the first challenge and only MD5: offer MD5 first (SHA-256 still offered).
            DigestAlgorithms = digestAlgorithms ?? [SipDigestAlgorithm.Md5, SipDigestAlgorithm.Sha256],
        };
        var credentials = new InMemorySipCredentialStore();
        await credentials.RotateAsync(options.Realm, User, Secret, CancellationToken.None);
        var server = SipServerFactory.CreateRegistrarServer(options, credentials, time ?? TimeProvider.System, NullLoggerFactory.Instance);
        server.Start();
        return new RunningSipServer(server, credentials);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
