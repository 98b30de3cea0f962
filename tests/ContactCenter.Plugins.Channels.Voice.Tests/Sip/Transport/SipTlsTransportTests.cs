using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transport;

/// <summary>SIP over TLS (RFC 3261 §26) on a loopback ephemeral port, driven by a real SslStream client.</summary>
public sealed class SipTlsTransportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Tls_Options_200OnTheSameConnectionWithTlsVia()
    {
        await using var server = await RunningSipServer.StartAsync();
        await using var client = await SipTlsTestClient.ConnectAsync(server.Tls, RunningSipServer.Certificate);

        await client.SendAsync(Options("z9hG4bKs1"));
        var reply = await client.ReceiveAsync();

        Assert.StartsWith("SIP/2.0 200 OK\r\n", reply, StringComparison.Ordinal);
        Assert.Contains("Via: SIP/2.0/TLS 127.0.0.1:1;branch=z9hG4bKs1", reply, StringComparison.Ordinal);
        Assert.True(client.Stream.SslProtocol is SslProtocols.Tls12 or SslProtocols.Tls13, $"negotiated {client.Stream.SslProtocol}");
    }

    [Fact]
    public async Task Tls_RegisterWithDigest_BoundWithTransportTlsContact()
    {
        await using var server = await RunningSipServer.StartAsync();
        await using var client = await SipTlsTestClient.ConnectAsync(server.Tls, RunningSipServer.Certificate);
        const string contact = "Contact: <sip:agent1@192.0.2.50:5062>";

        await client.SendAsync(Tls(SipTestClient.Register(RunningSipServer.User, "127.0.0.1", 1)));
        var challenge = (SipResponse)SipMessageParser.Parse(Encoding.UTF8.GetBytes(await client.ReceiveAsync()), SipLimits.Default);
        var answer = SipTestClient.Answer(challenge, SipDigestAlgorithm.Sha256, RunningSipServer.User, RunningSipServer.Secret, "sip:127.0.0.1");
        await client.SendAsync(Tls(SipTestClient.Register(RunningSipServer.User, "127.0.0.1", 2, answer)));
        var registered = await client.ReceiveAsync();

        Assert.Equal(401, challenge.StatusCode);
        Assert.StartsWith("SIP/2.0 200 OK\r\n", registered, StringComparison.Ordinal);
        Assert.Contains("<sip:agent1@192.0.2.50:5062;transport=tls>", registered, StringComparison.Ordinal);
        Assert.DoesNotContain(contact + ";", registered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_PlainTextOnTheTlsPort_ClosedAndTheServerKeepsServing()
    {
        await using var server = await RunningSipServer.StartAsync();
        using (var plain = new TcpClient())
        {
            await plain.ConnectAsync(server.Tls);
            var stream = plain.GetStream();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(Options("z9hG4bKs2")));
            using var timeout = new CancellationTokenSource(Wait);
            var rest = await ReadToEndAsync(stream, timeout.Token);

            Assert.DoesNotContain("SIP/2.0", rest, StringComparison.Ordinal);
        }

        await using var client = await SipTlsTestClient.ConnectAsync(server.Tls, RunningSipServer.Certificate);
        await client.SendAsync(Options("z9hG4bKs3"));
        Assert.StartsWith("SIP/2.0 200 OK\r\n", await client.ReceiveAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_ClientOfferingOnlyTls11_HandshakeRefused()
    {
        await using var server = await RunningSipServer.StartAsync();

#pragma warning disable SYSLIB0039, CA5397 // An obsolete protocol on purpose: the server must refuse it.
        var error = await Record.ExceptionAsync(() => SipTlsTestClient.ConnectAsync(server.Tls, RunningSipServer.Certificate, SslProtocols.Tls11));
#pragma warning restore SYSLIB0039, CA5397

        Assert.True(error is AuthenticationException or IOException, $"expected a failed handshake, got {error?.GetType().Name ?? "success"}");
        await using var client = await SipTlsTestClient.ConnectAsync(server.Tls, RunningSipServer.Certificate);
        await client.SendAsync(Options("z9hG4bKs4"));
        Assert.StartsWith("SIP/2.0 200 OK\r\n", await client.ReceiveAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_MissingContentLength_400ThenConnectionClosed()
    {
        await using var server = await RunningSipServer.StartAsync();
        await using var client = await SipTlsTestClient.ConnectAsync(server.Tls, RunningSipServer.Certificate);

        await client.SendAsync(Options("z9hG4bKs5").Replace("Content-Length: 0\r\n", string.Empty, StringComparison.Ordinal));
        var rejection = await client.ReceiveAsync();
        var after = await client.ReceiveAsync();

        Assert.StartsWith("SIP/2.0 400 Content-Length is mandatory on stream transports\r\n", rejection, StringComparison.Ordinal);
        Assert.Equal(string.Empty, after);
    }

    private static string Options(string branch) =>
        $"OPTIONS sip:127.0.0.1;transport=tls SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:1;branch={branch}\r\nMax-Forwards: 70\r\n"
        + $"From: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:127.0.0.1>\r\nCall-ID: tls-{branch}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    /// <summary>A phone's REGISTER as sent over TLS: TLS Via and a contact with transport=tls.</summary>
    private static string Tls(string register) => register
        .Replace("SIP/2.0/UDP", "SIP/2.0/TLS", StringComparison.Ordinal)
        .Replace("<sip:agent1@192.0.2.50:5062>", "<sip:agent1@192.0.2.50:5062;transport=tls>", StringComparison.Ordinal);

    private static async Task<string> ReadToEndAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new byte[1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                text.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }
        }
        catch (IOException)
        {
            // A reset is as good as a close: the server dropped the connection.
        }

        return text.ToString();
    }
}
