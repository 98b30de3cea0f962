using System.Net;
using ContactCenter.Plugins.Channels.WebChat.Tests.Host;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Files;

/// <summary>
/// An agent's reply with a file through the API (multipart), delivered by the web chat: the widget gets the message with
/// the file and downloads it with its session token; a bad file is refused naming it and nothing is sent.
/// </summary>
[Collection(WebChatHostCollection.Name)]
public sealed class WebChatAgentFileTests(WebChatHostFixture fixture)
{
    private static readonly byte[] Pdf = "%PDF-1.7\npoliza"u8.ToArray();

    [Fact]
    public async Task ReplyWithFile_WidgetReceivesItAndDownloadsTheSameBytes()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var desk = new AgentDesk(admin);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
            var session = (await widget.HelloAsync("autos")).GetProperty("session").GetString()!;
            await widget.SendAsync(new { type = "message", id = "a-1", text = "¿Me envía la póliza?", name = "Ana" });
            var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;
            await desk.TakeWhenOfferedAsync(conversationId, "agent1");

            var (status, reply) = await desk.ReplyWithFileAsync(conversationId, "agent1", "Aquí la tiene", "rf-1", Pdf, "póliza.pdf", "application/pdf");
            var (again, retry) = await desk.ReplyWithFileAsync(conversationId, "agent1", "Aquí la tiene", "rf-1", Pdf, "póliza.pdf", "application/pdf");
            var pushed = await widget.NextAsync("message", f => f.GetProperty("kind").GetString() == "agent");
            var attachmentId = pushed.GetProperty("attachments")[0].GetProperty("id").GetString()!;
            var (download, bytes, response) = await new VisitorFileClient(anonymous, session).DownloadAsync(conversationId, attachmentId);
            response.Dispose();

            Assert.Equal(HttpStatusCode.OK, status);
            // Sent by the channel, and possibly already Delivered: the widget reports as soon as it has it.
            Assert.Contains(reply.GetProperty("status").GetString(), new[] { "Sent", "Delivered" });
            Assert.Equal("póliza.pdf", reply.GetProperty("attachments")[0].GetProperty("fileName").GetString());
            Assert.Equal((HttpStatusCode.OK, reply.GetProperty("id").GetString()), (again, retry.GetProperty("id").GetString()));
            Assert.Equal(("Aquí la tiene", "póliza.pdf"), (pushed.GetProperty("text").GetString(), pushed.GetProperty("attachments")[0].GetProperty("name").GetString()));
            Assert.Equal(HttpStatusCode.OK, download);
            Assert.Equal(Pdf, bytes);
            Assert.Single((await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages")).EnumerateArray(), m => m.GetProperty("kind").GetString() == "Outgoing");
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task ReplyWithFile_ForbiddenTypeOrNoFile_RefusedAndNothingSent()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(admin);
        await desk.SetPresenceAsync("agent3", "available");
        try
        {
            await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
            await widget.HelloAsync("salud");
            await widget.SendAsync(new { type = "message", id = "a-2", text = "Hola", name = "Luz" });
            var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;
            await desk.TakeWhenOfferedAsync(conversationId, "agent3");

            var (exe, exeProblem) = await desk.ReplyWithFileAsync(conversationId, "agent3", "Abra esto", "bad-1", "MZ\x90\0"u8.ToArray(), "setup.exe", "application/x-msdownload");
            var (renamed, _) = await desk.ReplyWithFileAsync(conversationId, "agent3", null, "bad-2", "MZ\x90\0"u8.ToArray(), "foto.png", "image/png");
            var messages = await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages");

            Assert.Equal(HttpStatusCode.BadRequest, exe);
            Assert.True(exeProblem.GetProperty("errors").TryGetProperty("attachments[0]", out _), exeProblem.ToString());
            Assert.Equal(HttpStatusCode.BadRequest, renamed);
            Assert.DoesNotContain(messages.EnumerateArray(), m => m.GetProperty("kind").GetString() == "Outgoing");
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent3", "offline");
        }
    }
}
