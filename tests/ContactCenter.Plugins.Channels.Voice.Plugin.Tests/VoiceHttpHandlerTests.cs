using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>The call-control and phones APIs refuse anonymous callers, and unknown routes are 404, before touching any call or account.</summary>
public sealed class VoiceHttpHandlerTests : IAsyncLifetime
{
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceHttpHandlerTests).Assembly),
        Configuration = new JsonObject
        {
            ["bindAddress"] = "127.0.0.1",
            ["udpPort"] = SippRunner.FreePort("UDP"),
            ["tcpPort"] = 0,
            ["tlsPort"] = 0,
            ["rtpPortMin"] = 0,
        },
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Theory]
    [InlineData("GET", "/calls/i-1/participants")]
    [InlineData("PUT", "/calls/i-1/monitors/sup-1")]
    [InlineData("DELETE", "/calls/i-1/monitors/sup-1")]
    [InlineData("GET", "/phones")]
    [InlineData("GET", "/phones/me")]
    [InlineData("POST", "/phones/agent1/secret")]
    [InlineData("PUT", "/phones/agent1")]
    [InlineData("DELETE", "/phones/agent1")]
    public async Task CallControl_Anonymous_401(string method, string path)
    {
        using var client = _kernel.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), _kernel.ApiUri(path))
        {
            Content = new StringContent("{\"mode\":\"whisper\"}", Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_404()
    {
        using var client = _kernel.CreateClient();

        using var response = await client.GetAsync(_kernel.ApiUri("/calls/i-1/nothing"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
