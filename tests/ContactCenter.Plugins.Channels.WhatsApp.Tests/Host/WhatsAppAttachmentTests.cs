using System.Net;
using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Host;

/// <summary>
/// An agent's files end to end on the real host: uploaded to the stand-in Graph API as Meta's multipart form, then sent
/// as media messages of the right type; types, sizes and a failed upload are refused before anything reaches the customer.
/// </summary>
[Collection(WhatsAppHostCollection.Name)]
public sealed class WhatsAppAttachmentTests(WhatsAppHostFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Reply_PdfWithText_UploadedThenSentAsCaptionedDocumentAndStatusesApply()
    {
        await WithConversationAsync("50688881001", async (desk, hooks, conversationId) =>
        {
            var (status, reply) = await desk.ReplyWithFileAsync(conversationId, "agent1", "Aquí está su póliza", "wa-f-1", Pdf, "Póliza ñandú.pdf", "application/pdf");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Sent", reply.GetProperty("status").GetString());
            var upload = Assert.Single(fixture.Graph.Uploads, u => u.Content.SequenceEqual(Pdf));
            Assert.Equal((MetaPayloads.PhoneNumberId, "whatsapp", "application/pdf", "application/pdf", "Póliza ñandú.pdf"),
                (upload.PhoneNumberId, upload.MessagingProduct, upload.Type, upload.FileContentType, upload.FileName));
            var send = Assert.Single(SendsTo("50688881001"));
            Assert.Equal("document", send.Body.GetProperty("type").GetString());
            var document = send.Body.GetProperty("document");
            Assert.Equal((upload.AnsweredId, "Aquí está su póliza", "Póliza ñandú.pdf"),
                (document.GetProperty("id").GetString(), document.GetProperty("caption").GetString(), document.GetProperty("filename").GetString()));

            // The message id was recorded: Meta's delivery status moves the reply.
            using (var delivered = await hooks.PostAsync(MetaPayloads.Status(send.AnsweredId, "delivered", "50688881001")))
            {
                Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
            }

            var stored = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("id").GetString() == reply.GetProperty("id").GetString()
                && m.GetProperty("status").GetString() == "Delivered");
            Assert.Equal("Delivered", stored.GetProperty("status").GetString());
        });
    }

    [Fact]
    public async Task Reply_AudioWithText_TextGoesAloneThenTheAudioWithoutCaption()
    {
        var ogg = Encoding.ASCII.GetBytes("OggS\0\u0002audio-bytes-for-the-test-0001");
        await WithConversationAsync("50688881002", async (desk, unused, conversationId) =>
        {
            var (status, reply) = await desk.ReplyWithFileAsync(conversationId, "agent1", "Escuche la nota de voz", "wa-f-2", ogg, "nota.ogg", "audio/ogg");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Sent", reply.GetProperty("status").GetString());
            var upload = Assert.Single(fixture.Graph.Uploads, u => u.Content.SequenceEqual(ogg));
            Assert.Equal("audio/ogg", upload.Type);
            var sends = SendsTo("50688881002");
            Assert.Equal(["text", "audio"], sends.Select(s => s.Body.GetProperty("type").GetString()));
            Assert.Equal("Escuche la nota de voz", sends[0].Body.GetProperty("text").GetProperty("body").GetString());
            var audio = sends[1].Body.GetProperty("audio");
            Assert.Equal(upload.AnsweredId, audio.GetProperty("id").GetString());
            Assert.False(audio.TryGetProperty("caption", out _));
        });
    }

    [Fact]
    public async Task Reply_Gif_RefusedBeforeUploadNothingSent()
    {
        var gif = Encoding.ASCII.GetBytes("GIF89a\u0001\0\u0001\0\0\0\0;gif-for-the-test");

        await AssertRefusedBeforeUploadAsync("50688881003", "Mire", gif, "baile.gif", "image/gif", "image/gif");
    }

    [Fact]
    public async Task Reply_StaticStickerOver100Kb_RefusedBeforeUploadNothingSent()
    {
        var webp = new byte[200 * 1024];
        "RIFF"u8.CopyTo(webp);
        BitConverter.GetBytes(webp.Length - 8).CopyTo(webp, 4);
        "WEBPVP8 "u8.CopyTo(webp.AsSpan(8));

        await AssertRefusedBeforeUploadAsync("50688881004", null, webp, "sticker.webp", "image/webp", "100 KB");
    }

    [Fact]
    public async Task Reply_UploadAnswered500_FailedWithReasonNothingSentAndNoStatusApplies()
    {
        await WithConversationAsync("50688881005", async (desk, unused, conversationId) =>
        {
            fixture.Graph.FailUploads(true);
            try
            {
                var (status, reply) = await desk.ReplyWithFileAsync(conversationId, "agent1", "Su póliza", "wa-f-5", Pdf, "poliza.pdf", "application/pdf");

                Assert.Equal(HttpStatusCode.OK, status);
                Assert.Equal("Failed", reply.GetProperty("status").GetString());
                var reason = reply.GetProperty("failureReason").GetString();
                Assert.Contains("500", reason, StringComparison.Ordinal);
                Assert.Contains("poliza.pdf", reason, StringComparison.Ordinal);
                Assert.Empty(SendsTo("50688881005"));
            }
            finally
            {
                fixture.Graph.FailUploads(false);
            }
        });
    }

    [Fact]
    public async Task Reply_FileOutsideTheWindow_RefusedAsTextIsNothingUploaded()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% outside the window\n%%EOF\n");

        await AssertRefusedBeforeUploadAsync("50688881006", "Tarde", pdf, "tarde.pdf", "application/pdf", "24",
            customerWroteAt: TimeProvider.System.GetUtcNow().AddHours(-25));
    }

    /// <summary>agent1 replies with a file the plugin must refuse: the reply fails naming why, nothing is uploaded or sent.</summary>
    private Task AssertRefusedBeforeUploadAsync(string waId, string? text, byte[] file, string fileName, string contentType, string reasonPart,
        DateTimeOffset? customerWroteAt = null) =>
        WithConversationAsync(waId, async (desk, unused, conversationId) =>
        {
            var (status, reply) = await desk.ReplyWithFileAsync(conversationId, "agent1", text, $"wa-f-{waId}", file, fileName, contentType);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Failed", reply.GetProperty("status").GetString());
            Assert.Contains(reasonPart, reply.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.Graph.Uploads, u => u.Content.SequenceEqual(file));
            Assert.Empty(SendsTo(waId));
        }, customerWroteAt);

    private List<RecordedSend> SendsTo(string waId) => [.. fixture.Graph.Sends.Where(s => s.Body.GetProperty("to").GetString() == waId)];

    /// <summary>A customer writes, agent1 takes the conversation, the test runs, the conversation is closed.</summary>
    private async Task WithConversationAsync(string waId, Func<AgentDesk, Webhooks, string, Task> test, DateTimeOffset? customerWroteAt = null)
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var hooks = new Webhooks(client, WhatsAppHostFixture.AppSecret);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            var before = await desk.ConversationIdsAsync();
            var at = customerWroteAt ?? TimeProvider.System.GetUtcNow().AddSeconds(-5);
            using (var response = await hooks.PostAsync(MetaPayloads.Messages(waId, "Cliente", MetaPayloads.Text(waId, $"wamid.in-{waId}", "Hola", at))))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            var conversationId = Assert.Single((await desk.ConversationIdsAsync()).Except(before));
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            await test(desk, hooks, conversationId);
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }
}
