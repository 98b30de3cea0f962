using System.Net;
using ContactCenter.Plugins.Channels.WebChat.Tests.Host;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Transcripts;

/// <summary>The bundled defaults configure no SMTP server: the widget is told, in its language, that transcripts are unavailable.</summary>
[Collection(WebChatHostCollection.Name)]
public sealed class WebChatTranscriptNotConfiguredTests(WebChatHostFixture fixture)
{
    [Fact]
    public async Task Transcript_WithoutSmtpServer_IsUnavailableInTheVisitorsLanguage()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
        var session = (await widget.HelloAsync("salud", lang: "en")).GetProperty("session").GetString()!;
        await widget.SendAsync(new { type = "message", id = "nc-1", text = "Please send me this chat", name = "Eve" });
        var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;

        var (status, body) = await new VisitorTranscriptClient(anonymous, session).RequestAsync(conversationId, "eve@example.com", "en");
        var (spanish, spanishBody) = await new VisitorTranscriptClient(anonymous, session).RequestAsync(conversationId, "eve@example.com");
        await new AgentDesk(admin).CloseAsync(conversationId);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "transcript-unavailable"), (status, body.GetProperty("code").GetString()));
        Assert.Equal("Sending the transcript by email is not available.", body.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, spanish);
        Assert.Equal("El envío de la transcripción por correo no está disponible.", spanishBody.GetProperty("message").GetString());
    }
}
