using System.Net;
using System.Net.WebSockets;
using System.Text;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Host;

/// <summary>Ugly input on the real host: every refusal is a clear error frame, stores nothing, and the socket stays usable.</summary>
[Collection(WebChatHostCollection.Name)]
public sealed class WebChatRefusalTests(WebChatHostFixture fixture)
{
    [Fact]
    public async Task Frames_OversizedMalformedBinaryOrEarly_AreRefusedAndStoreNothing()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        var before = await desk.ConversationIdsAsync();
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);

        await widget.SendAsync(new { type = "message", id = "early", text = "before hello" });
        var early = await widget.NextAsync("error");
        await widget.HelloAsync("autos", lang: "en");
        await widget.SendAsync(Encoding.UTF8.GetBytes($$"""{"type":"message","id":"big","text":"{{new string('x', 40_000)}}"}"""), WebSocketMessageType.Text);
        var oversized = await widget.NextAsync("error");
        await widget.SendAsync("{\"type\":\"message\",\"id\":");
        var malformed = await widget.NextAsync("error");
        await widget.SendAsync([1, 2, 3], WebSocketMessageType.Binary);
        var binary = await widget.NextAsync("error");
        await widget.SendAsync(new { type = "message", id = "m1", text = new string('y', 4097) });
        var tooLong = await widget.NextAsync("error");
        await widget.SendAsync(new { type = "hello", inbox = "autos" });
        var secondHello = await widget.NextAsync("error");
        var after = await desk.ConversationIdsAsync();

        Assert.Equal(("hello-required", "La conexión aún no está lista."), (early.GetProperty("code").GetString(), early.GetProperty("message").GetString()));
        Assert.Equal("frame-too-large", oversized.GetProperty("code").GetString());
        Assert.Equal("malformed", malformed.GetProperty("code").GetString());
        Assert.Equal("binary-not-supported", binary.GetProperty("code").GetString());
        Assert.Equal(("invalid", "text"), (tooLong.GetProperty("code").GetString(), tooLong.GetProperty("field").GetString()));
        Assert.Equal("invalid", secondHello.GetProperty("code").GetString());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Hello_UnknownInbox_IsRefusedInSpanish()
    {
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);

        await widget.SendAsync(new { type = "hello", inbox = "hogar", lang = "es" });
        var error = await widget.NextAsync("error");

        Assert.Equal(("unknown-inbox", "Este chat no está disponible."), (error.GetProperty("code").GetString(), error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Hello_SignedInVisitor_IsVerifiedAndABadSignatureFallsBackToGuest()
    {
        using var client = fixture.Host.CreateAdminClient();
        var secret = Convert.FromBase64String((await new AgentDesk(client).GetAsync("/api/v1/channels/cc.channels.webchat/identity-secret")).GetProperty("secretBase64").GetString()!);
        var expires = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"cust-42\nana@example.com\n{expires}")));
        await using var signedIn = await WidgetSocket.ConnectAsync(fixture.Host);
        await using var forged = await WidgetSocket.ConnectAsync(fixture.Host);

        var verified = await signedIn.HelloAsync("autos", identity: new { visitorId = "cust-42", email = "ana@example.com", name = "Ana", expires, signature });
        var guest = await forged.HelloAsync("autos", identity: new { visitorId = "cust-43", email = "ana@example.com", name = "Eve", expires, signature });
        var refusal = await forged.NextAsync("error");

        Assert.True(verified.GetProperty("verified").GetBoolean());
        Assert.False(guest.GetProperty("verified").GetBoolean());
        Assert.Equal("identity-invalid", refusal.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Api_WithoutCredentialsOrBadBody_AnswersProblems()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var admin = fixture.Host.CreateAdminClient();

        using var secret = await anonymous.GetAsync(new Uri("/api/v1/channels/cc.channels.webchat/identity-secret", UriKind.Relative));
        using var typing = await admin.PostAsync(new Uri("/api/v1/channels/cc.channels.webchat/conversations/nope/typing", UriKind.Relative), new StringContent("{\"active\":1}"));
        using var unknown = await admin.PostAsync(new Uri("/api/v1/channels/cc.channels.webchat/conversations/nope/typing", UriKind.Relative), new StringContent("{\"active\":true}"));
        using var page = await anonymous.GetAsync(new Uri("/webchat/socket", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, secret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, typing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task Socket_FromAnyOrigin_IsAcceptedWhileTheAllowListIsEmpty()
    {
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host, origin: "https://www.aseguradora.example");

        var welcome = await widget.HelloAsync("autos");

        Assert.Equal("welcome", welcome.GetProperty("type").GetString());
    }
}
