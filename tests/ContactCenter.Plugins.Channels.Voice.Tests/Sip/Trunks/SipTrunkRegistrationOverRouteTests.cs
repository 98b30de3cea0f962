using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Trunks;

/// <summary>
/// A trunk's registration through the trunk route against our own registrar as the carrier (real loopback TLS with
/// its certificate, TCP, UDP), with DNS from a stand-in: certificate checks (pinned, CA, name mismatch), SRV
/// failover past an endpoint that refuses the connection or answers 503, and NXDOMAIN as "unreachable".
/// </summary>
public sealed class SipTrunkRegistrationOverRouteTests
{
    [Fact]
    public async Task Tls_PinnedCertificate_RegisteredWithTlsViaAndContact()
    {
        await using var carrier = await RunningSipServer.StartAsync();
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);
        var pin = Convert.ToHexString(SHA256.HashData(RunningSipServer.Certificate.RawData));
        var target = new SipTrunkTarget("127.0.0.1", carrier.Tls.Port, "TLS", new SipTlsClientOptions("localhost", PinnedSha256: pin));
        SipTrunkHop? hop = null;

        var sent = await route.SendAsync(target, h => Options(hop = h));
        var client = new SipRegistrationClient(Account(target), route, TimeProvider.System, NullLogger.Instance);
        client.Start();
        await RegistrationWait.ForAsync(() => client.State == SipRegistrationState.Registered);
        await client.StopAsync();

        Assert.Equal(200, sent.Response!.StatusCode);
        Assert.Equal("TLS", hop!.Transport);
        Assert.StartsWith("SIP/2.0/TLS ", sent.Response.Headers.Get(SipHeaderNames.Via), StringComparison.Ordinal);
        Assert.Equal(";transport=tls", hop.UriParameter);
        Assert.Equal(1, route.Connections.Opened);
        Assert.StartsWith("200", client.LastResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_CaFileTrustsThePrivateCarrier_Registered()
    {
        await using var carrier = await RunningSipServer.StartAsync();
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);
        var roots = new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(RunningSipServer.Certificate.RawData));
        var client = new SipRegistrationClient(Account(new SipTrunkTarget("127.0.0.1", carrier.Tls.Port, "TLS", new SipTlsClientOptions("localhost", TrustedRoots: roots))), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.State == SipRegistrationState.Registered);
        await client.StopAsync();

        Assert.Equal(1, client.Accepted);
    }

    [Theory]
    [InlineData("carrier.example", null, "certificate name mismatch")]
    [InlineData("localhost", "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF", "is not the pinned one")]
    [InlineData("localhost", "", "is not trusted")]
    public async Task Tls_CertificateRefused_UnreachableWithTheReasonAndNothingSent(string serverName, string? pin, string reason)
    {
        await using var carrier = await RunningSipServer.StartAsync();
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);

        // The name mismatch case trusts the certificate through a CA file, so only the name is wrong; "" is no pin and no CA (system roots).
        var roots = pin is null ? new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(RunningSipServer.Certificate.RawData)) : null;
        var tls = new SipTlsClientOptions(serverName, pin is { Length: > 0 } ? pin : null, roots);
        var client = new SipRegistrationClient(Account(new SipTrunkTarget("127.0.0.1", carrier.Tls.Port, "TLS", tls)), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.State == SipRegistrationState.Unreachable);
        await client.StopAsync();

        Assert.Contains("TLS refused: ", client.LastResult, StringComparison.Ordinal);
        Assert.Contains(reason, client.LastResult, StringComparison.Ordinal);
        Assert.Equal(0, client.Accepted);
        Assert.Equal(0, route.Connections.Count);
    }

    [Fact]
    public async Task Srv_FirstTargetRefusesTheConnection_FailoverToTheSecondOverTcp()
    {
        await using var carrier = await RunningSipServer.StartAsync();
        await using var us = RunningCallServer.Start(new TestCallApplication());
        var closed = SippRunner.FreePort("TCP");
        using var dns = new DnsStandIn()
            .Srv("_sip._tcp.carrier.test", 10, 0, (ushort)closed, "down.carrier.test")
            .Srv("_sip._tcp.carrier.test", 20, 0, (ushort)carrier.Tcp.Port, "up.carrier.test")
            .A("down.carrier.test", "127.0.0.1")
            .A("up.carrier.test", "127.0.0.1");
        await using var route = TestTrunkRoute.Create(us.Server, dns.Endpoint);
        var client = new SipRegistrationClient(Account(new SipTrunkTarget("carrier.test", null, "TCP")), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.State == SipRegistrationState.Registered);
        await client.StopAsync();

        Assert.Equal(1, route.Connections.Opened);
        Assert.Equal(1, dns.Questions("_sip._tcp.carrier.test"));
    }

    [Fact]
    public async Task Srv_FirstTargetAnswers503_FailoverToTheSecondOverUdp()
    {
        await using var carrier = await RunningSipServer.StartAsync();
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var busy = new Unavailable();
        using var dns = new DnsStandIn()
            .Srv("_sip._udp.carrier.test", 10, 0, (ushort)busy.Endpoint.Port, "busy.carrier.test")
            .Srv("_sip._udp.carrier.test", 20, 0, (ushort)carrier.Udp.Port, "up.carrier.test")
            .A("busy.carrier.test", "127.0.0.1")
            .A("up.carrier.test", "127.0.0.1");
        await using var route = TestTrunkRoute.Create(us.Server, dns.Endpoint);

        var sent = await route.SendAsync(new SipTrunkTarget("carrier.test", null, "UDP"), Options(null));

        Assert.True(sent.Answered);
        Assert.Equal(200, sent.Response!.StatusCode);
        Assert.Equal(carrier.Udp, sent.Hop!.Destination);
        Assert.Equal(1, busy.Requests);
    }

    [Fact]
    public async Task Nxdomain_RegistrationUnreachableWithTheHost()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var dns = new DnsStandIn().A("carrier.test", "127.0.0.1");
        await using var route = TestTrunkRoute.Create(us.Server, dns.Endpoint);
        var client = new SipRegistrationClient(Account(new SipTrunkTarget("gone.carrier.test", null, "TLS")), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.State == SipRegistrationState.Unreachable);
        await client.StopAsync();

        Assert.Equal("unreachable: host gone.carrier.test not found (NXDOMAIN)", client.LastResult);
        Assert.Equal(0, route.Connections.Opened);
    }

    [Fact]
    public async Task AllTargetsRefuse_UnreachableListingEach()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);
        var closed = SippRunner.FreePort("TCP");

        var sent = await route.SendAsync(new SipTrunkTarget("127.0.0.1", closed, "TCP"), Options(null));

        Assert.Equal(SipTrunkReach.Unreachable, sent.Outcome);
        Assert.Null(sent.Response);
        Assert.Equal($"unreachable: 127.0.0.1:{closed}: connection failed (ConnectionRefused)", sent.Failure);
    }

    private static SipRequest Options(SipTrunkHop? hop)
    {
        var request = new SipRequest(SipMethods.Options, SipUri.Parse("sip:127.0.0.1"));
        if (hop is not null)
        {
            request.Headers.Add(SipHeaderNames.Via, hop.Via());
        }

        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        request.Headers.Add(SipHeaderNames.From, $"<sip:carrier-test@127.0.0.1>;tag={SipTags.New()}");
        request.Headers.Add(SipHeaderNames.To, "<sip:127.0.0.1>");
        request.Headers.Add(SipHeaderNames.CallId, SipTags.New());
        request.Headers.Add(SipHeaderNames.CSeq, new SipCSeq(1, SipMethods.Options).ToString());
        return request;
    }

    private static SipRegistrationAccount Account(SipTrunkTarget target) =>
        new("carrier", target, RunningSipServer.User, RunningSipServer.Secret, "127.0.0.1", Realm: null, ExpiresSeconds: 600) { RetryDelay = TimeSpan.FromMilliseconds(300) };

    /// <summary>A UDP endpoint that answers every request 503 Service Unavailable.</summary>
    private sealed class Unavailable : IDisposable
    {
        private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        private int _requests;

        public Unavailable()
        {
            _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            Endpoint = (IPEndPoint)_socket.LocalEndPoint!;
            _ = Task.Run(ServeAsync);
        }

        public IPEndPoint Endpoint { get; }

        public int Requests => Volatile.Read(ref _requests);

        public void Dispose() => _socket.Dispose();

        private async Task ServeAsync()
        {
            var buffer = new byte[65_535];
            while (true)
            {
                SocketReceiveFromResult received;
                try
                {
                    received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0));
                }
                catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
                {
                    return;
                }

                if (SipMessageParser.Parse(buffer.AsSpan(0, received.ReceivedBytes), SipLimits.Default) is SipRequest request)
                {
                    Interlocked.Increment(ref _requests);
                    var response = SipResponse.CreateFor(request, 503, toTag: SipTags.New());
                    await _socket.SendToAsync(SipMessageSerializer.Serialize(response), SocketFlags.None, received.RemoteEndPoint);
                }
            }
        }
    }
}
