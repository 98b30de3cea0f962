using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins.Http;

/// <summary>The dispatcher over real HTTPS on loopback (Kestrel on an ephemeral port).</summary>
public sealed class PluginHttpDispatcherTests
{
    private static async Task<PluginWebApp> StartWithPluginAsync(Action<TestPlugin>? configure = null, Action<Dictionary<string, string?>>? settings = null)
    {
        var app = await PluginWebApp.StartAsync(settings);
        var plugin = TestPlugin.Create("cc.test.web", "1.0.0").WithSource(Sources.Http).WithPublicPath("/webchat/")
            .WithStaticAsset("index.html", "<h1>hola</h1>").WithStaticAsset("js/widget.js", "console.log(1);");
        configure?.Invoke(plugin);
        await app.Manager.InstallFromDirectoryAsync(plugin.BuildToDirectory(Path.Combine(app.Work, "web")), default);
        return app;
    }

    [Fact]
    public async Task DispatchApiAsync_PostWithBody_HandlerReadsRawBodyExactly()
    {
        await using var app = await StartWithPluginAsync();
        var payload = new byte[] { 0, 1, 2, 250, 255, (byte)'{', (byte)'}' };
        using var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await app.Client.PostAsync("/api/v1/channels/cc.test.web/echo", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(payload, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DispatchApiAsync_HeadersAndQuery_AreCaseInsensitive()
    {
        await using var app = await StartWithPluginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/channels/cc.test.web/query?name=Ana");
        request.Headers.Add("X-Test", "tico");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("Ana|tico|Api|GET", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DispatchApiAsync_BodyOverManifestLimit_Is413Problem()
    {
        await using var app = await StartWithPluginAsync(p => p.WithMaxRequestBodyBytes(1000));

        using var declared = await app.Client.PostAsync("/api/v1/channels/cc.test.web/echo", new ByteArrayContent(new byte[5000]));
        using var chunked = new StreamContent(new MemoryStream(new byte[5000]));
        using var streamed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/channels/cc.test.web/echo") { Content = chunked };
        streamed.Headers.TransferEncodingChunked = true;
        using var undeclared = await app.Client.SendAsync(streamed);

        foreach (var response in new[] { declared, undeclared })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("1000 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("cc.test.web", app.Manager.Get("cc.test.web")!.Id);
        Assert.Equal(Sdk.Plugins.PluginState.Active, app.Manager.Get("cc.test.web")!.State);
    }

    [Fact]
    public async Task DispatchApiAsync_HandlerSetsKernelSecurityHeader_KernelValueIsKept()
    {
        await using var app = await StartWithPluginAsync();

        using var response = await app.Client.GetAsync("/api/v1/channels/cc.test.web/headers");

        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("yes", Assert.Single(response.Headers.GetValues("X-Plugin")));
    }

    [Fact]
    public async Task DispatchApiAsync_UnknownOrDisabledPlugin_Is404Problem()
    {
        await using var app = await StartWithPluginAsync();
        using var unknown = await app.Client.GetAsync("/api/v1/channels/cc.test.nobody/x");
        await app.Manager.DisableAsync("cc.test.web", default);
        using var disabled = await app.Client.GetAsync("/api/v1/channels/cc.test.web/x");
        using var publicPath = await app.Client.GetAsync("/webchat/");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicPath.StatusCode);
    }

    [Fact]
    public async Task DispatchApiAsync_HandlerOverrunsBudget_Is504Problem()
    {
        await using var app = await StartWithPluginAsync(settings: s => s["CC:Plugins:HttpBudget"] = "00:00:00.300");

        using var response = await app.Client.GetAsync("/api/v1/channels/cc.test.web/slow");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("did not answer within 300 ms", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryDispatchPublicAsync_StaticAssets_ServedWithContentTypeAndETag()
    {
        await using var app = await StartWithPluginAsync();

        using var index = await app.Client.GetAsync("/webchat/");
        using var script = await app.Client.GetAsync("/WebChat/js/widget.js");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/webchat/js/widget.js");
        revalidate.Headers.IfNoneMatch.Add(script.Headers.ETag!);
        using var notModified = await app.Client.SendAsync(revalidate);

        Assert.Equal("<h1>hola</h1>", await index.Content.ReadAsStringAsync());
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Equal("console.log(1);", await script.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(script.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task TryDispatchPublicAsync_NoSuchAsset_GoesToTheHandlerInPublicArea()
    {
        await using var app = await StartWithPluginAsync();

        using var response = await app.Client.GetAsync("/webchat/query?name=x");

        Assert.Equal("x||Public|GET", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/webchat/../plugin.json")]
    [InlineData("/webchat/%2e%2e/plugin.json")]
    [InlineData("/webchat/..%2fplugin.json")]
    [InlineData("/webchat/js/..%2f..%2fplugin.json")]
    [InlineData("/webchat/.hidden")]
    public async Task TryDispatchPublicAsync_PathLeavingTheAssetsFolder_NeverServesAFile(string path)
    {
        await using var app = await StartWithPluginAsync();
        File.WriteAllText(Path.Combine(app.Data.Path, "plugins", "cc.test.web", "1.0.0", "wwwroot", ".hidden"), "secret");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.Address, path));

        using var response = await app.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("\"assembly\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryDispatchPublicAsync_PathOfNoPlugin_IsNotHandled()
    {
        await using var app = await StartWithPluginAsync();

        using var response = await app.Client.GetAsync("/elsewhere/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task DispatchApiAsync_WebSocket_EchoesAndEndsWhenThePluginIsDisabled()
    {
        await using var app = await StartWithPluginAsync();
        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == PluginWebApp.ServerCertificate.GetCertHashString();
        await socket.ConnectAsync(new Uri($"wss://127.0.0.1:{app.Address.Port}/api/v1/channels/cc.test.web/ws"), default);

        await socket.SendAsync(Encoding.UTF8.GetBytes("hola"), WebSocketMessageType.Text, true, default);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, default);
        var echoed = Encoding.UTF8.GetString(buffer, 0, received.Count);
        var disable = app.Manager.DisableAsync("cc.test.web", default).AsTask();
        var ended = await Record.ExceptionAsync(async () =>
        {
            var next = await socket.ReceiveAsync(buffer, default).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(WebSocketMessageType.Close, next.MessageType);
        });
        var info = await disable;

        Assert.Equal("1.0.0:hola", echoed);
        Assert.True(ended is null or WebSocketException, $"the session did not end: {ended}");
        Assert.Equal(Sdk.Plugins.PluginState.Disabled, info.State);
        Assert.Empty(info.Versions);
    }
}
