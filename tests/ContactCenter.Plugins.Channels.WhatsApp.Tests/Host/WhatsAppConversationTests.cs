using System.Net;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Host;

/// <summary>
/// The channel end to end on the real host: a signed webhook becomes a routed conversation, the agent's reply reaches
/// the stand-in Graph API with Meta's body, statuses move it, media becomes a downloadable attachment, the 24-hour
/// window holds free text back.
/// </summary>
[Collection(WhatsAppHostCollection.Name)]
public sealed class WhatsAppConversationTests(WhatsAppHostFixture fixture)
{
    [Fact]
    public async Task Webhook_TextThenAgentReply_StandInReceivesTheGraphCallAndStatusesMoveIt()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            using var response = await hooks.PostAsync(MetaPayloads.Messages("50688880001", "Ana", MetaPayloads.Text("50688880001", "wamid.in-1", "Hola, choqué", RecentlySent())));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var conversationId = Assert.Single((await desk.ConversationIdsAsync()).Except(before));

            var conversation = await desk.GetAsync($"/api/v1/conversations/{conversationId}");
            Assert.Equal("cc.channels.whatsapp.autos", conversation.GetProperty("inboxId").GetString());
            Assert.False(string.IsNullOrEmpty(conversation.GetProperty("contactId").GetString()));
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            var reply = await desk.ReplyAsync(conversationId, "agent1", "Le ayudo con gusto", "r-1");

            Assert.Equal("Sent", reply.GetProperty("status").GetString());
            var send = Assert.Single(fixture.Graph.Sends, s => s.Body.GetProperty("to").GetString() == "50688880001");
            Assert.Equal((GraphStandIn.Version, MetaPayloads.PhoneNumberId, "whatsapp", "text", "Le ayudo con gusto"),
                (send.Version, send.PhoneNumberId, send.Body.GetProperty("messaging_product").GetString(), send.Body.GetProperty("type").GetString(),
                send.Body.GetProperty("text").GetProperty("body").GetString()));

            // Statuses out of order: read, then a late delivered; the message stays read.
            using (var read = await hooks.PostAsync(MetaPayloads.Status(send.AnsweredId, "read", "50688880001")))
            {
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            }

            using (var late = await hooks.PostAsync(MetaPayloads.Status(send.AnsweredId, "delivered", "50688880001")))
            {
                Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            }

            var stored = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("id").GetString() == reply.GetProperty("id").GetString());
            Assert.Equal("Read", stored.GetProperty("status").GetString());
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Webhook_Redelivered_CreatesNothingMore()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        var body = MetaPayloads.Messages("50688880002", "Beto", MetaPayloads.Text("50688880002", "wamid.in-2", "Hola", RecentlySent()));
        var before = await desk.ConversationIdsAsync();

        using (var first = await hooks.PostAsync(body))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var again = await hooks.PostAsync(body))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var conversationId = Assert.Single((await desk.ConversationIdsAsync()).Except(before));
        Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
        await desk.CloseAsync(conversationId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=abc")]
    public async Task Webhook_MissingOrWrongSignature_403AndNothingStored(string? signature)
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        var before = await desk.ConversationIdsAsync();

        using var response = await hooks.PostRawAsync(MetaPayloads.Messages("50688880003", "Eve", MetaPayloads.Text("50688880003", "wamid.in-3", "x", RecentlySent())), signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await desk.ConversationIdsAsync()).Except(before));
    }

    [Theory]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"object\":\"page\",\"entry\":[]}")]
    public async Task Webhook_MalformedButSigned_400AndNothingStored(string body)
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        var before = await desk.ConversationIdsAsync();

        using var response = await hooks.PostAsync(System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("problem+json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Empty((await desk.ConversationIdsAsync()).Except(before));
    }

    [Fact]
    public async Task Webhook_OverTheSizeLimit_413AndNothingStored()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        var before = await desk.ConversationIdsAsync();
        var huge = MetaPayloads.Messages("50688880004", new string('a', 1_100_000), MetaPayloads.Text("50688880004", "wamid.in-4", "x", RecentlySent()));

        using var response = await hooks.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await desk.ConversationIdsAsync()).Except(before));
    }

    [Fact]
    public async Task Webhook_Image_AttachmentDownloadableByTheAgentByteIdentical()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3, 4, 5, 0xFF, 0xD9];
        fixture.Graph.AddMedia("media-1", jpeg, "image/jpeg");
        var before = await desk.ConversationIdsAsync();

        using (var response = await hooks.PostAsync(MetaPayloads.Messages("50688880005", "Caro", MetaPayloads.Image("50688880005", "wamid.in-5", "media-1", "El golpe", RecentlySent()))))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var conversationId = Assert.Single((await desk.ConversationIdsAsync()).Except(before));
        var message = Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
        Assert.Equal("El golpe", message.GetProperty("text").GetString());
        var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
        Assert.Equal(("image/jpeg", jpeg.Length), (attachment.GetProperty("contentType").GetString(), attachment.GetProperty("length").GetInt32()));
        using var download = await client.GetAsync(new Uri($"/api/v1/conversations/{conversationId}/attachments/{attachment.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(jpeg, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        using var unknown = await client.GetAsync(new Uri($"/api/v1/conversations/{conversationId}/attachments/1-7", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await desk.CloseAsync(conversationId);
    }

    [Fact]
    public async Task Reply_OutsideTheWindow_FreeTextRefusedTemplateAccepted()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();

            // The customer wrote 25 hours ago (a late delivery): the customer-service window is already closed.
            using (var response = await hooks.PostAsync(MetaPayloads.Messages("50688880006", "Dani",
                MetaPayloads.Text("50688880006", "wamid.in-6", "Hola", TimeProvider.System.GetUtcNow().AddHours(-25)))))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            var conversationId = Assert.Single((await desk.ConversationIdsAsync()).Except(before));
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");

            var refused = await desk.ReplyAsync(conversationId, "agent1", "¿Sigue ahí?", "r-late");
            Assert.Equal("Failed", refused.GetProperty("status").GetString());
            Assert.Contains("24", refused.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.Graph.Sends, s => s.Body.GetProperty("to").GetString() == "50688880006");

            var template = await desk.PostAsync($"/api/v1/conversations/{conversationId}/messages", new
            {
                agentId = "agent1", text = "Plantilla de seguimiento", clientMessageId = "r-template", options = new Dictionary<string, string> { ["template"] = "seguimiento", ["language"] = "es" },
            });
            Assert.Equal("Sent", template.GetProperty("status").GetString());
            var send = Assert.Single(fixture.Graph.Sends, s => s.Body.GetProperty("to").GetString() == "50688880006");
            Assert.Equal(("template", "seguimiento", "es"), (send.Body.GetProperty("type").GetString(),
                send.Body.GetProperty("template").GetProperty("name").GetString(), send.Body.GetProperty("template").GetProperty("language").GetProperty("code").GetString()));
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Verification_RightToken_EchoesChallengeWrongToken403()
    {
        using var client = fixture.Host.CreateClient();

        using var ok = await client.GetAsync(new Uri($"{Webhooks.Path}?hub.mode=subscribe&hub.verify_token={WhatsAppHostFixture.VerifyToken}&hub.challenge=1158201444", UriKind.Relative));
        using var wrong = await client.GetAsync(new Uri($"{Webhooks.Path}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, "1158201444"), (ok.StatusCode, await ok.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    private static DateTimeOffset RecentlySent() => TimeProvider.System.GetUtcNow().AddSeconds(-5);
}
