using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Api.Channels;

[Collection(SharedHostCollection.Name)]
public sealed class PluginRouteEndpointsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task ChannelRoute_AnonymousPost_ReachesThePluginWithRawBodyAndPath()
    {
        using var client = fixture.Host.CreateClient();
        using var content = new StringContent("{\"sig\":1}");

        using var response = await client.PostAsync("/api/v1/channels/acme.whatsapp/webhook/inbound?x=1", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("api|acme.whatsapp|/webhook/inbound|POST|{\"sig\":1}|anonymous", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChannelRoute_WithToken_PassesThePrincipal()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PutAsync("/api/v1/channels/acme.chat/", null);

        Assert.Equal("api|acme.chat|/|PUT||local-admin", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChannelRoute_WebSocketUpgrade_ReachesThePlugin()
    {
        var pin = fixture.Host.CertificateSha256;
        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && new X509Certificate2(certificate).GetCertHashString(HashAlgorithmName.SHA256) == pin;
        var address = new UriBuilder(fixture.Host.BaseAddress) { Scheme = "wss", Path = "/api/v1/channels/acme.chat/socket" }.Uri;

        await socket.ConnectAsync(address, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("hola"), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal("acme.chat:hola", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task PublicPath_DeclaredByAPlugin_IsServedWithoutCsp()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/webchat/widget.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public|/widget.js", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
