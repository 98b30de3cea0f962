using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// One customer across channels through the real plugins on one real host: a signed webhook into the bundled WhatsApp
/// plugin (its account pointed at the stand-in Graph API), then real mail delivered by Postfix into the Dovecot mailbox
/// the bundled email plugin reads. The two contacts share only a name, so nothing matches them automatically; after the
/// explicit merge the timeline shows both interactions as one customer. Redeliveries on both channels create nothing.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class CrossChannelCustomerTests(EmailHostFixture fixture) : IAsyncLifetime
{
    private const string AppSecret = "cross-channel-app-secret-0123";
    private const string AccessToken = "cross-channel-access-token-0123";
    private const string WaId = "50688887777";
    private const string Name = "Lucía Cruz";
    private GraphStandIn _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await GraphStandIn.StartAsync(AccessToken);
        using var client = fixture.Host.CreateAdminClient();
        await fixture.Host.WaitForPluginActiveAsync("cc.channels.whatsapp");
        using var set = await client.PutAsJsonAsync(new Uri("/api/v1/channels/cc.channels.whatsapp/account", UriKind.Relative), new
        {
            appSecret = AppSecret, accessToken = AccessToken, verifyToken = "cross-channel-verify-0123", graphBaseUrl = _graph.BaseAddress.AbsoluteUri,
            graphVersion = GraphStandIn.Version,
        });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task WhatsAppThenEmail_MergedContacts_OneTimelineWithBothAndRedeliveriesCreateNothing()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            // 1. WhatsApp, delivered twice as Meta may.
            var before = await desk.ConversationIdsAsync();
            var webhook = MetaPayloads.Messages(WaId, Name, MetaPayloads.Text(WaId, "wamid.cross-1", "Hola, choqué el carro", TimeProvider.System.GetUtcNow().AddSeconds(-5)));
            Assert.Equal(HttpStatusCode.OK, await PostSignedAsync(client, webhook));
            Assert.Equal(HttpStatusCode.OK, await PostSignedAsync(client, webhook));
            var whatsApp = Assert.Single((await desk.ConversationIdsAsync()).Except(before));
            Assert.Single((await desk.GetAsync($"/api/v1/conversations/{whatsApp}/messages")).EnumerateArray());
            await desk.TakeWhenOfferedAsync(whatsApp, "agent1");
            Assert.Equal("Sent", (await desk.ReplyAsync(whatsApp, "agent1", "Le ayudo", "cross-r-1")).GetProperty("status").GetString());
            Assert.Contains(_graph.Sends, s => s.Body.GetProperty("to").GetString() == WaId);
            await desk.CloseAsync(whatsApp);

            // 2. Email from the same person (same name, an address WhatsApp never proved), then the same mail redelivered.
            before = await desk.ConversationIdsAsync();
            var mail = Mails.From("lucia.cruz@cliente.test", Name, "Mi reclamo", "Les escribo por el choque de ayer.");
            await fixture.Mail.SendAsync(mail);
            var email = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
            await fixture.Mail.WaitForIdAsync(MailServers.Mailbox, "Processed", mail.MessageId!);
            var processed = await fixture.Mail.CountAsync(MailServers.Mailbox, "Processed");
            await fixture.Mail.AppendAsync(MailServers.Mailbox, Mails.Raw(mail));
            await WaitForCountAsync(MailServers.Mailbox, "Processed", processed + 1);
            Assert.Equal([email], (await desk.ConversationIdsAsync()).Except(before));
            Assert.Single((await desk.GetAsync($"/api/v1/conversations/{email}/messages")).EnumerateArray());
            await desk.TakeWhenOfferedAsync(email, "agent1");
            await desk.CloseAsync(email);

            // 3. Never matched on a name: two contacts until someone merges them.
            var waContact = ContactOf(await desk.GetAsync($"/api/v1/conversations/{whatsApp}"));
            var mailContact = ContactOf(await desk.GetAsync($"/api/v1/conversations/{email}"));
            Assert.NotEqual(waContact, mailContact);
            Assert.Single(Items(await desk.GetAsync($"/api/v1/contacts/{waContact}/timeline")));

            var merged = await desk.PostAsync($"/api/v1/contacts/{waContact}/merge", new { sourceId = mailContact });
            var timeline = await desk.GetAsync($"/api/v1/contacts/{mailContact}/timeline");

            Assert.True(merged.GetProperty("changed").GetBoolean());
            Assert.Equal(waContact, timeline.GetProperty("contactId").GetString());
            var items = Items(timeline);
            Assert.Equal(2, items.Count);
            Assert.Equal(["cc.channels.email", "cc.channels.whatsapp"], items.Select(i => i.GetProperty("channelPluginId").GetString()));
            Assert.Equal([email, whatsApp], items.Select(i => i.GetProperty("conversation").GetProperty("id").GetString()));
            Assert.Equal([mailContact, waContact], items.Select(i => i.GetProperty("contactId").GetString()));
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    private static async Task<HttpStatusCode> PostSignedAsync(HttpClient client, byte[] body)
    {
        // Meta's X-Hub-Signature-256: HMAC-SHA256 of the raw body with the app secret, hex.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/channels/cc.channels.whatsapp/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), body)));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task WaitForCountAsync(string user, string folder, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await fixture.Mail.CountAsync(user, folder) < count)
        {
            Assert.False(timeout.IsCancellationRequested, $"The redelivered mail was not processed into {folder} within 30 s.");
            await Task.Delay(200);
        }
    }

    private static string ContactOf(JsonElement conversation) => conversation.GetProperty("contactId").GetString()!;

    private static List<JsonElement> Items(JsonElement timeline) => [.. timeline.GetProperty("items").EnumerateArray()];
}
