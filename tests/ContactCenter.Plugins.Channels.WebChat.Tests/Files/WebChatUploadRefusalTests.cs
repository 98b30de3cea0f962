using System.Net;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Tests.Host;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Files;

/// <summary>Uploads that must be refused with a clear bilingual error and leave the conversation exactly as it was.</summary>
[Collection(WebChatHostCollection.Name)]
public sealed class WebChatUploadRefusalTests(WebChatHostFixture fixture)
{
    public static TheoryData<string, string, int, HttpStatusCode, string> UglyFiles => new()
    {
        { "forbidden type", "application/x-msdownload", 100, HttpStatusCode.BadRequest, "file-refused" },
        { "renamed executable", "image/png", 100, HttpStatusCode.BadRequest, "file-refused" },
        { "image over the kernel's 5 MiB", "image/png", (5 * 1024 * 1024) + 1, HttpStatusCode.BadRequest, "file-refused" },
        { "over the plugin's 10 MiB", "application/pdf", (10 * 1024 * 1024) + 1, HttpStatusCode.RequestEntityTooLarge, "file-too-large" },
        { "empty", "application/pdf", 0, HttpStatusCode.BadRequest, "file-empty" },
    };

    [Theory]
    [MemberData(nameof(UglyFiles))]
    public async Task Upload_UglyFile_RefusedInTheVisitorsLanguageAndStoresNothing(string why, string contentType, int length, HttpStatusCode expected, string code)
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var desk = new AgentDesk(admin);
        var (session, conversationId) = await StartAsync("u-" + length);
        var content = new byte[length];
        if (contentType == "image/png" && length > 100)
        {
            VisitorFileClient.Png.CopyTo(content, 0);
        }
        else
        {
            "MZ"u8.ToArray().AsSpan(0, Math.Min(2, length)).CopyTo(content);
        }

        var (status, problem) = await new VisitorFileClient(anonymous, session).UploadAsync(content, contentType, "file.bin", "x-1", lang: "en");
        var (_, spanish) = await new VisitorFileClient(anonymous, session).UploadAsync(content, contentType, "file.bin", "x-2");
        var messages = await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages");
        await desk.CloseAsync(conversationId);

        Assert.True(status == expected, $"{why}: {(int)status} {problem}");
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains("nothing was stored", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("no se guardó nada", spanish.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, messages.GetArrayLength());
    }

    [Fact]
    public async Task Upload_BadSessionIdOrName_RefusedWithTheFieldAndStoresNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var (session, conversationId) = await StartAsync("b");

        var (noSession, noSessionProblem) = await new VisitorFileClient(anonymous, null).UploadAsync(VisitorFileClient.Png, "image/png", "a.png", "b-1");
        var (forged, _) = await new VisitorFileClient(anonymous, "0123456789abcdef0123456789abcdef").UploadAsync(VisitorFileClient.Png, "image/png", "a.png", "b-2");
        var (badId, badIdProblem) = await new VisitorFileClient(anonymous, session).UploadAsync(VisitorFileClient.Png, "image/png", "a.png", "../../x");
        var (longName, _) = await new VisitorFileClient(anonymous, session).UploadAsync(VisitorFileClient.Png, "image/png", new string('a', 300) + ".png", "b-3");
        var messages = await new AgentDesk(admin).GetAsync($"/api/v1/conversations/{conversationId}/messages");
        await new AgentDesk(admin).CloseAsync(conversationId);

        Assert.Equal((HttpStatusCode.Unauthorized, "session-required"), (noSession, noSessionProblem.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid"), (badId, badIdProblem.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, longName);
        Assert.Equal(1, messages.GetArrayLength());
    }

    [Fact]
    public async Task Upload_ClosedConversationOrNoneYet_RefusedAndStartsNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var anonymous = fixture.Host.CreateClient();
        var desk = new AgentDesk(admin);
        var (session, conversationId) = await StartAsync("c");
        await desk.CloseAsync(conversationId);
        await using var fresh = await WidgetSocket.ConnectAsync(fixture.Host);
        var freshSession = (await fresh.HelloAsync("autos")).GetProperty("session").GetString()!;
        var before = await desk.ConversationIdsAsync();

        var (closed, closedProblem) = await new VisitorFileClient(anonymous, session).UploadAsync(VisitorFileClient.Png, "image/png", "a.png", "c-1");
        var (none, _) = await new VisitorFileClient(anonymous, freshSession).UploadAsync(VisitorFileClient.Png, "image/png", "a.png", "c-2");
        var messages = await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages");

        Assert.Equal((HttpStatusCode.Conflict, "conversation-closed"), (closed, closedProblem.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, none);
        Assert.DoesNotContain(messages.EnumerateArray(), m => m.GetProperty("attachments").GetArrayLength() > 0);
        Assert.Equal(before, await desk.ConversationIdsAsync());
    }

    private async Task<(string Session, string ConversationId)> StartAsync(string id)
    {
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
        var session = (await widget.HelloAsync("salud")).GetProperty("session").GetString()!;
        await widget.SendAsync(new { type = "message", id = "start-" + id, text = "Hola", name = "Rosa" });
        var ack = await widget.NextAsync("ack");
        return (session, ack.GetProperty("conversationId").GetString()!);
    }
}
