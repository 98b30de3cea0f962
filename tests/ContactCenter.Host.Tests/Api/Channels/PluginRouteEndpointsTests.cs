using System.Net;
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
