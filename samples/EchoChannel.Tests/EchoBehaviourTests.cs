using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Samples.EchoChannel.Tests;

/// <summary>What the echo channel does over HTTP, on the kernel's routes, with a signing secret configured.</summary>
public sealed class EchoBehaviourTests : IAsyncLifetime
{
    private const string Secret = "a-test-signing-secret-0123456789";
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(EchoBehaviourTests).Assembly),
        Configuration = new JsonObject { ["signingSecret"] = Secret, ["queueId"] = "q-echo" },
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task PostMessage_SignedRawBody_AcceptedQueuedAndEchoed()
    {
        using var response = await PostAsync("""{"conversationId":"c-1","messageId":"m-1","text":"hola"}""", sign: true);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var interaction = Assert.Single(_kernel.Interactions.All);
        Assert.Equal(InteractionState.Queued, interaction.State);
        Assert.Equal("q-echo", interaction.QueueId);
        Assert.Equal(["in:hola", "out:Echo: hola"], await ConversationAsync("c-1"));
    }

    [Fact]
    public async Task PostMessage_SignatureOfAnotherBody_Refused403AndNothingStored()
    {
        var signedFor = Sign("""{"conversationId":"c-1","messageId":"m-1","text":"hola"}""");

        using var response = await PostAsync("""{"conversationId":"c-1","messageId":"m-1","text":"HOLA"}""", sign: false, signature: signedFor);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_kernel.Interactions.All);
        Assert.Empty(await ConversationAsync("c-1"));
    }

    [Fact]
    public async Task PostMessage_NoSignature_Refused403()
    {
        using var response = await PostAsync("""{"conversationId":"c-1","messageId":"m-1","text":"hola"}""", sign: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_kernel.Interactions.All);
    }

    [Theory]
    [InlineData("""{"conversationId":"c-1","text":"hola"}""")]
    [InlineData("""{"conversationId":"c-1","messageId":"m-1","text":""}""")]
    [InlineData("""{"conversationId":"c-1",""")]
    public async Task PostMessage_InvalidBody_Refused400AndNothingStored(string body)
    {
        using var response = await PostAsync(body, sign: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_kernel.Interactions.All);
    }

    [Fact]
    public async Task PostMessage_SameMessageTwice_OneInteractionOneEchoDuplicateReported()
    {
        const string body = """{"conversationId":"c-2","messageId":"m-1","text":"otra vez"}""";
        using var first = await PostAsync(body, sign: true);

        using var second = await PostAsync(body, sign: true);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var answer = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("duplicate").GetBoolean());
        Assert.Single(_kernel.Interactions.All);
        Assert.Equal(["in:otra vez", "out:Echo: otra vez"], await ConversationAsync("c-2"));
    }

    [Fact]
    public async Task WebSocket_TextMessage_EchoedWithPrefix()
    {
        using var socket = await _kernel.ConnectWebSocketAsync(_kernel.PublicUri("/socket"));

        await socket.SendAsync(Encoding.UTF8.GetBytes("¿me oyes?"), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);

        Assert.Equal("Echo: ¿me oyes?", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task StaticPage_GetPublicRoot_ServesHtml()
    {
        using var client = _kernel.CreateClient();

        using var response = await client.GetAsync(_kernel.PublicUri("/index.html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Version_Get_AnswersManifestVersion()
    {
        using var client = _kernel.CreateClient();

        var version = await client.GetFromJsonAsync<JsonElement>(_kernel.ApiUri("/version"));

        Assert.Equal(_kernel.PluginId, version.GetProperty("plugin").GetString());
        Assert.Equal(_kernel.Version, version.GetProperty("version").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string body, bool sign, string? signature = null)
    {
        using var client = _kernel.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _kernel.ApiUri("/messages"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (sign || signature is not null)
        {
            request.Headers.Add("X-Echo-Signature", signature ?? Sign(body));
        }

        return await client.SendAsync(request);
    }

    private async Task<List<string>> ConversationAsync(string conversationId)
    {
        using var client = _kernel.CreateClient();
        var messages = await client.GetFromJsonAsync<JsonElement>(_kernel.ApiUri($"/messages?conversationId={conversationId}"));
        return [.. messages.EnumerateArray().Select(m => $"{m.GetProperty("direction").GetString()}:{m.GetProperty("text").GetString()}")];
    }

    private static string Sign(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));
}
