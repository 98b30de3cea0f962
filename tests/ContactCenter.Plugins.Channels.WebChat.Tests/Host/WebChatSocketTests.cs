using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Host;

/// <summary>
/// The widget's protocol against the real host: a visitor's message becomes a routed interaction, the agent's reply
/// comes back on the socket, a reconnect resumes without loss or duplicates. Each test uses its own agents and line.
/// </summary>
[Collection(WebChatHostCollection.Name)]
public sealed class WebChatSocketTests(WebChatHostFixture fixture)
{
    [Fact]
    public async Task Message_FromVisitor_IsRoutedAndTheAgentsReplyReachesTheWidget()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent1", "available");
        try
        {
            await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
            var welcome = await widget.HelloAsync("autos");
            await widget.SendAsync(new { type = "message", id = "m-1", text = "Choqué el carro", name = "Ana", email = "ana@example.com", topic = "claim" });
            var ack = await widget.NextAsync("ack");
            var own = await widget.NextAsync("message");
            var conversationId = ack.GetProperty("conversationId").GetString()!;

            await desk.TakeWhenOfferedAsync(conversationId, "agent1");
            await desk.ReplyAsync(conversationId, "agent1", "Le ayudo con gusto", "r-1");
            var joined = await widget.NextAsync("message", f => f.GetProperty("kind").GetString() == "activity");
            var reply = await widget.NextAsync("message", f => f.GetProperty("kind").GetString() == "agent");
            var served = await widget.SeenAsync("queue", f => f.GetProperty("position").ValueKind == JsonValueKind.Null);
            await widget.SendAsync(new { type = "read", seq = reply.GetProperty("seq").GetInt64() });
            var read = await desk.WaitForMessageAsync(conversationId, m => m.GetProperty("kind").GetString() == "Outgoing" && m.GetProperty("status").GetString() == "Read");
            var conversation = await desk.GetAsync($"/api/v1/conversations/{conversationId}");
            var interaction = await desk.GetAsync($"/api/v1/interactions/{conversation.GetProperty("interactionId").GetString()}");

            Assert.False(welcome.GetProperty("verified").GetBoolean());
            Assert.Equal((1L, false), (ack.GetProperty("seq").GetInt64(), ack.GetProperty("duplicate").GetBoolean()));
            Assert.Equal(("visitor", "Choqué el carro", "m-1"), (own.GetProperty("kind").GetString(), own.GetProperty("text").GetString(), own.GetProperty("clientId").GetString()));
            Assert.Equal("agent-joined", joined.GetProperty("text").GetString());
            Assert.Equal("Le ayudo con gusto", reply.GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.Null, served.GetProperty("position").ValueKind);
            Assert.Equal("Le ayudo con gusto", read.GetProperty("text").GetString());
            Assert.Equal(("Connected", "Chat", "autos", "Web chat: claim"), (interaction.GetProperty("state").GetString(), interaction.GetProperty("channel").GetString(),
                interaction.GetProperty("serviceLineId").GetString(), interaction.GetProperty("subject").GetString()));
            await desk.CloseAsync(conversationId);
            Assert.Equal("conversation-closed", (await widget.NextAsync("message", f => f.GetProperty("text").GetString() == "conversation-closed")).GetProperty("text").GetString());
        }
        finally
        {
            await desk.SetPresenceAsync("agent1", "offline");
        }
    }

    [Fact]
    public async Task Hello_AfterReconnect_ReplaysOnlyWhatWasMissedAndAResendStoresNothing()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await desk.SetPresenceAsync("agent3", "available");
        try
        {
            string session, conversationId;
            long seen;
            await using (var first = await WidgetSocket.ConnectAsync(fixture.Host))
            {
                session = (await first.HelloAsync("salud", lang: "en")).GetProperty("session").GetString()!;
                await first.SendAsync(new { type = "message", id = "s-1", text = "My claim number?", name = "Ben" });
                var ack = await first.NextAsync("ack");
                conversationId = ack.GetProperty("conversationId").GetString()!;
                seen = (await first.NextAsync("message")).GetProperty("seq").GetInt64();
            }

            // While the widget is away, the agent joins and answers twice.
            await desk.TakeWhenOfferedAsync(conversationId, "agent3");
            await desk.ReplyAsync(conversationId, "agent3", "Hello Ben", "r-1");
            await desk.ReplyAsync(conversationId, "agent3", "It is 123", "r-2");

            await using var second = await WidgetSocket.ConnectAsync(fixture.Host);
            var welcome = await second.HelloAsync("salud", session, conversationId, seen, lang: "en");
            var replayed = new[] { await second.NextAsync("message"), await second.NextAsync("message"), await second.NextAsync("message") };
            await second.SendAsync(new { type = "message", id = "s-1", text = "My claim number?" });
            var resent = await second.NextAsync("ack");
            var messages = await desk.GetAsync($"/api/v1/conversations/{conversationId}/messages");

            Assert.Equal((session, conversationId), (welcome.GetProperty("session").GetString(), welcome.GetProperty("conversationId").GetString()));
            Assert.Equal([2L, 3L, 4L], replayed.Select(m => m.GetProperty("seq").GetInt64()));
            Assert.Equal(["agent-joined", "Hello Ben", "It is 123"], replayed.Select(m => m.GetProperty("text").GetString()));
            Assert.Equal((1L, true), (resent.GetProperty("seq").GetInt64(), resent.GetProperty("duplicate").GetBoolean()));
            Assert.Equal(4, messages.GetArrayLength());
            await desk.CloseAsync(conversationId);
        }
        finally
        {
            await desk.SetPresenceAsync("agent3", "offline");
        }
    }

    [Fact]
    public async Task Queue_NoAgentAvailable_WidgetIsToldItsPositionAndWait()
    {
        using var client = fixture.Host.CreateAdminClient();
        var desk = new AgentDesk(client);
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);
        await widget.HelloAsync("autos");

        await widget.SendAsync(new { type = "message", id = "q-1", text = "¿Hay alguien?", name = "Eva" });
        var conversationId = (await widget.NextAsync("ack")).GetProperty("conversationId").GetString()!;
        var queue = await widget.NextAsync("queue");
        await desk.CloseAsync(conversationId);

        Assert.Equal(1, queue.GetProperty("position").GetInt32());
        Assert.True(queue.GetProperty("estimatedWaitSeconds").GetInt64() > 0);
    }

    [Fact]
    public async Task Hello_UnknownSession_StartsAFreshOneThatSeesNothingOfOthers()
    {
        await using var widget = await WidgetSocket.ConnectAsync(fixture.Host);

        var welcome = await widget.HelloAsync("autos", session: "0000aaaa0000aaaa0000aaaa0000aaaa");

        Assert.NotEqual("0000aaaa0000aaaa0000aaaa0000aaaa", welcome.GetProperty("session").GetString());
        Assert.Equal(JsonValueKind.Null, welcome.GetProperty("conversationId").ValueKind);
    }
}
