using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContactCenter.Host.Demo.WhatsApp;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Demo.Channels;

/// <summary>
/// The WhatsApp stand-in on a real demo host: a demo customer's message becomes a routed conversation through the
/// bundled plugin's signed webhook, the agent's reply reaches the stand-in, and bad input changes nothing.
/// </summary>
public sealed class DemoWhatsAppStandInTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Message_FromDemoCustomer_BecomesConversationAndTheAgentReplyIsRecorded()
    {
        using var admin = fixture.Host.CreateAdminClient();
        await SendOkAsync(admin, HttpMethod.Put, "/api/v1/agents/agent1/presence", new { statusId = "available" });
        try
        {
            var before = await ConversationIdsAsync(admin);
            using var posted = await admin.PostAsJsonAsync(new Uri("/demo/whatsapp/messages", UriKind.Relative),
                new { from = "+50688881234", name = "Ana Cliente", text = "Hola, choqué mi carro" });
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            var accepted = await posted.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("50688881234", accepted.GetProperty("from").GetString());

            var conversationId = Assert.Single((await ConversationIdsAsync(admin)).Except(before));
            var conversation = await SendOkAsync(admin, HttpMethod.Get, $"/api/v1/conversations/{conversationId}");
            Assert.Equal("cc.channels.whatsapp.autos", conversation.GetProperty("inboxId").GetString());
            var messages = await SendOkAsync(admin, HttpMethod.Get, $"/api/v1/conversations/{conversationId}/messages");
            Assert.Equal("Hola, choqué mi carro", Assert.Single(messages.EnumerateArray()).GetProperty("text").GetString());

            var interactionId = conversation.GetProperty("interactionId").GetString()!;
            await WaitOfferedAsync(admin, interactionId);
            await SendOkAsync(admin, HttpMethod.Post, $"/api/v1/conversations/{conversationId}/take", new { agentId = "agent1" });
            var reply = await SendOkAsync(admin, HttpMethod.Post, $"/api/v1/conversations/{conversationId}/messages",
                new { agentId = "agent1", text = "Con gusto le ayudo", clientMessageId = "demo-r-1" });
            Assert.Equal("Sent", reply.GetProperty("status").GetString());

            var sent = await SendOkAsync(admin, HttpMethod.Get, "/demo/whatsapp/sent");
            var record = Assert.Single(sent.EnumerateArray(), s => s.GetProperty("body").GetProperty("to").GetString() == "50688881234");
            var body = record.GetProperty("body");
            Assert.Equal(("whatsapp", "text", "Con gusto le ayudo", DemoWhatsAppStandIn.PhoneNumberId),
                (body.GetProperty("messaging_product").GetString(), body.GetProperty("type").GetString(),
                body.GetProperty("text").GetProperty("body").GetString(), record.GetProperty("phoneNumberId").GetString()));
            await SendOkAsync(admin, HttpMethod.Post, $"/api/v1/conversations/{conversationId}/close", new { disposition = new { code = "consulta/cobertura" } });
        }
        finally
        {
            await SendOkAsync(admin, HttpMethod.Put, "/api/v1/agents/agent1/presence", new { statusId = "offline" });
        }
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("[]", "body")]
    [InlineData("{\"name\":\"Ana\",\"text\":\"Hola\"}", "from")]
    [InlineData("{\"from\":\"abc\",\"name\":\"Ana\",\"text\":\"Hola\"}", "from")]
    [InlineData("{\"from\":\"123\",\"name\":\"Ana\",\"text\":\"Hola\"}", "from")]
    [InlineData("{\"from\":50688881234,\"name\":\"Ana\",\"text\":\"Hola\"}", "from")]
    [InlineData("{\"from\":\"50688881234\",\"name\":\"\",\"text\":\"Hola\"}", "name")]
    [InlineData("{\"from\":\"50688881234\",\"name\":\"Ana\\u0007\",\"text\":\"Hola\"}", "name")]
    [InlineData("{\"from\":\"50688881234\",\"name\":\"Ana\",\"text\":\"   \"}", "text")]
    [InlineData("{\"from\":\"50688881234\",\"name\":\"Ana\",\"text\":\"a\\u0000b\"}", "text")]
    public async Task Message_BadInput_400NamingTheFieldAndNothingCreated(string json, string field)
    {
        using var admin = fixture.Host.CreateAdminClient();
        var before = await ConversationIdsAsync(admin);
        var sentBefore = (await SendOkAsync(admin, HttpMethod.Get, "/demo/whatsapp/sent")).GetArrayLength();

        using var response = await admin.PostAsync(new Uri("/demo/whatsapp/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        Assert.Equal(before, await ConversationIdsAsync(admin));
        Assert.Equal(sentBefore, (await SendOkAsync(admin, HttpMethod.Get, "/demo/whatsapp/sent")).GetArrayLength());
    }

    [Fact]
    public async Task Message_TooLongText_400()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var before = await ConversationIdsAsync(admin);

        using var response = await admin.PostAsJsonAsync(new Uri("/demo/whatsapp/messages", UriKind.Relative),
            new { from = "50688881234", name = "Ana", text = new string('x', DemoCustomerMessage.MaxText + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await ConversationIdsAsync(admin));
    }

    [Fact]
    public async Task Endpoints_WithoutToken_401()
    {
        using var anonymous = fixture.Host.CreateClient();

        using var post = await anonymous.PostAsJsonAsync(new Uri("/demo/whatsapp/messages", UriKind.Relative), new { from = "50688881234", name = "Ana", text = "Hola" });
        using var sent = await anonymous.GetAsync(new Uri("/demo/whatsapp/sent", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (post.StatusCode, sent.StatusCode));
    }

    [Fact]
    public async Task StandIn_MediaUploadThenDownload_RoundTripsAndNeedsTheAccessToken()
    {
        var standIn = fixture.Host.App.Services.GetRequiredService<DemoWhatsAppStandIn>();
        var graph = standIn.BaseUrl!.AbsoluteUri.TrimEnd('/');
        Assert.StartsWith("http://127.0.0.1:", graph, StringComparison.Ordinal);
        using var client = new HttpClient { Timeout = Patience };
        var file = Encoding.UTF8.GetBytes("%PDF-1.4 demo policy");

        using (var anonymous = await client.PostAsync(new Uri($"{graph}/v21.0/{DemoWhatsAppStandIn.PhoneNumberId}/messages"),
            new StringContent("{\"messaging_product\":\"whatsapp\",\"to\":\"1\"}", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", standIn.AccessToken);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("whatsapp"), "messaging_product" },
            { new StringContent("application/pdf"), "type" },
            { new ByteArrayContent(file), "file", "poliza.pdf" },
        };
        using var upload = await client.PostAsync(new Uri($"{graph}/v21.0/{DemoWhatsAppStandIn.PhoneNumberId}/media"), form);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var described = await client.GetFromJsonAsync<JsonElement>(new Uri($"{graph}/v21.0/{id}"));
        Assert.Equal("application/pdf", described.GetProperty("mime_type").GetString());
        Assert.Equal(file, await client.GetByteArrayAsync(new Uri(described.GetProperty("url").GetString()!)));
        using var unknown = await client.GetAsync(new Uri($"{graph}/v21.0/no-such-media"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> SendOkAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<IReadOnlyList<string>> ConversationIdsAsync(HttpClient client) =>
        [.. (await SendOkAsync(client, HttpMethod.Get, "/api/v1/conversations?limit=1000")).EnumerateArray().Select(c => c.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private static async Task WaitOfferedAsync(HttpClient client, string interactionId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var interaction = await SendOkAsync(client, HttpMethod.Get, $"/api/v1/interactions/{interactionId}");
            if (interaction.GetProperty("state").GetString() == "Offered")
            {
                Assert.Equal("agent1", interaction.GetProperty("agentId").GetString());
                return;
            }

            Assert.False(timeout.IsCancellationRequested, $"Interaction {interactionId} was not offered: {interaction}");
            await Task.Delay(50);
        }
    }
}
