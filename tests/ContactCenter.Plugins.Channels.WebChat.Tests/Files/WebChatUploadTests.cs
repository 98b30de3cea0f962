using System.Net;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Tests.Host;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Files;

/// <summary>
/// The visitor's file upload against the real host: stored encrypted by the kernel, pushed on the socket, seen and
/// downloaded by the agent through the API and by the visitor with the session token; a redelivery stores nothing.
/// </summary>
[Collection(WebChatHostCollection.Name)]
public sealed class WebChatUploadTests(WebChatHostFixture fixture)
{
    [Fact]
    public async Task Upload_OnOpenConversation_IsPushedAndAgentAndVisitorDownloadTheSameBytes()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var desk = new AgentDesk(admin);
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
        var session = (await widget.HelloAsync("autos")).GetProperty("session").GetString()!;
        await widget.SendAsync(new { type = "message", id = "f-1", text = "Le envío la foto", name = "Ana" });
        var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;
        var files = new VisitorFileClient(anonymous, session);

        var (status, ack) = await files.UploadAsync(VisitorFileClient.Png, "image/png", "../../etc/<img src=x onerror=alert(1)>choque.png", "up-1");
        var pushed = await widget.NextAsync("message", f => f.GetProperty("clientId").GetString() == "up-1");
        var (again, duplicate) = await files.UploadAsync(VisitorFileClient.Png, "image/png", "choque.png", "up-1");
        var attachmentId = ack.GetProperty("attachments")[0].GetProperty("id").GetString()!;
        var messages = await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages");
        using var agentDownload = await admin.GetAsync(new Uri($"/api/v1/conversations/{conversationId}/attachments/{attachmentId}", UriKind.Relative));
        var (visitorStatus, visitorBytes, visitorResponse) = await files.DownloadAsync(conversationId, attachmentId);
        using (visitorResponse)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal((conversationId, 2L, false), (ack.GetProperty("conversationId").GetString(), ack.GetProperty("seq").GetInt64(), ack.GetProperty("duplicate").GetBoolean()));
            Assert.Equal("img src=x onerror=alert(1)choque.png", ack.GetProperty("attachments")[0].GetProperty("name").GetString());
            Assert.Equal(("visitor", attachmentId), (pushed.GetProperty("kind").GetString(), pushed.GetProperty("attachments")[0].GetProperty("id").GetString()));
            Assert.Equal((HttpStatusCode.OK, 2L, true), (again, duplicate.GetProperty("seq").GetInt64(), duplicate.GetProperty("duplicate").GetBoolean()));
            Assert.Equal(2, messages.GetArrayLength());
            Assert.Equal("image/png", messages[1].GetProperty("attachments")[0].GetProperty("contentType").GetString());
            Assert.Equal(VisitorFileClient.Png, await agentDownload.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.OK, visitorStatus);
            Assert.Equal(VisitorFileClient.Png, visitorBytes);
            Assert.Equal("attachment", visitorResponse.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("img src=x onerror=alert(1)choque.png", visitorResponse.Content.Headers.ContentDisposition?.FileNameStar);
        }

        await desk.CloseAsync(conversationId);
    }

    [Fact]
    public async Task Download_FileOfAnotherSession_IsNotFoundAndPreflightNamesTheSessionHeader()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        await using var owner = await WidgetSocket.ConnectAsync(fixture.Host);
        var session = (await owner.HelloAsync("salud")).GetProperty("session").GetString()!;
        await owner.SendAsync(new { type = "message", id = "o-1", text = "Mi fórmula", name = "Luz" });
        var conversationId = (await owner.NextAsync("ack")).GetProperty("conversationId").GetString()!;
        var (_, ack) = await new VisitorFileClient(anonymous, session).UploadAsync("hola"u8.ToArray(), "text/plain", "formula.txt", "o-2");
        var attachmentId = ack.GetProperty("attachments")[0].GetProperty("id").GetString()!;
        await using var stranger = await WidgetSocket.ConnectAsync(fixture.Host);
        var strangerSession = (await stranger.HelloAsync("salud")).GetProperty("session").GetString()!;

        var (strangerStatus, strangerBody, strangerResponse) = await new VisitorFileClient(anonymous, strangerSession).DownloadAsync(conversationId, attachmentId);
        var (noTokenStatus, _, noTokenResponse) = await new VisitorFileClient(anonymous, null).DownloadAsync(conversationId, attachmentId);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/webchat/upload");
        preflight.Headers.Add("Origin", "https://www.aseguradora.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var preflightResponse = await anonymous.SendAsync(preflight);
        using (strangerResponse)
        using (noTokenResponse)
        {
            Assert.Equal(HttpStatusCode.NotFound, strangerStatus);
            Assert.Equal("file-not-found", JsonDocument.Parse(strangerBody).RootElement.GetProperty("code").GetString());
            Assert.Equal(HttpStatusCode.Unauthorized, noTokenStatus);
            Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
            Assert.Equal("https://www.aseguradora.example", preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("X-WebChat-Session", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
        }

        await new AgentDesk(admin).CloseAsync(conversationId);
    }
}
