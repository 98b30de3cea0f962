using System.Net;
using System.Net.Http.Json;
using ContactCenter.Host.Tests.EndToEnd;
using EndToEnd = ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Api.Conversations;

/// <summary>
/// The agent-facing conversation API on the demo host (real kernel, routing and LiteDB). Messages are ingested through
/// the kernel service as a channel plugin would (no channel plugin is installed, so replies are marked failed).
/// </summary>
public sealed class ConversationEndpointsTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    private const string PluginId = "cc.test.chat";

    private IKernelConversationService Service => fixture.Host.App.Services.GetRequiredService<IKernelConversationService>();

    [Fact]
    public async Task TakeWriteClose_RoutedConversation_WorksOverTheApi()
    {
        using var client = fixture.Host.CreateAdminClient();
        var inbox = await Service.OpenInboxAsync(PluginId, new InboxRequest { ChannelName = "web", ServiceLineId = "autos", QueueId = "autos-general" });
        await EndToEnd.Api.SetPresenceAsync(client, "agent1", "available");
        try
        {
            var ingested = await Service.IngestAsync(PluginId, new InboundMessage
            {
                InboxId = inbox.Id, SourceConversationId = "visitor-1", SourceMessageId = "m1", Text = "Choqué el carro",
            });
            await EndToEnd.Api.WaitForStateAsync(client, ingested.Conversation.InteractionId, "Offered");
            var id = ingested.Conversation.Id;

            var taken = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{id}/take", new { agentId = "agent1" });
            var reply = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{id}/messages", new { agentId = "agent1", text = "Le ayudo", clientMessageId = "c1" });
            var note = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{id}/messages", new { agentId = "agent1", text = "VIP", clientMessageId = "c2", note = true });
            var mine = await EndToEnd.Api.GetAsync(client, "/api/v1/conversations?status=Open&agentId=agent1");
            var closed = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{id}/close", new { disposition = new { code = "consulta/cobertura" } });
            var messages = await EndToEnd.Api.GetAsync(client, $"/api/v1/conversations/{id}/messages?after=1");

            Assert.Equal("agent1", taken.GetProperty("agentId").GetString());
            Assert.Equal(("Outgoing", "Failed"), (reply.GetProperty("kind").GetString(), reply.GetProperty("status").GetString()));
            Assert.Equal("PrivateNote", note.GetProperty("kind").GetString());
            Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("id").GetString() == id);
            Assert.Equal("Closed", closed.GetProperty("status").GetString());
            Assert.Equal(["Activity", "Outgoing", "PrivateNote", "Activity"], messages.EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
            Assert.Equal("Closed", (await EndToEnd.Api.GetAsync(client, $"/api/v1/interactions/{ingested.Conversation.InteractionId}")).GetProperty("state").GetString());
        }
        finally
        {
            await EndToEnd.Api.SetPresenceAsync(client, "agent1", "offline");
        }
    }

    [Fact]
    public async Task Endpoints_UnknownConversationOrBadBody_AnswerProblemsAndChangeNothing()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var missing = await client.GetAsync(new Uri("/api/v1/conversations/nope", UriKind.Relative));
        using var badLimit = await client.GetAsync(new Uri("/api/v1/conversations?limit=0", UriKind.Relative));
        using var noBody = await client.PostAsJsonAsync("/api/v1/conversations/nope/messages", new { agentId = "agent1", text = "", clientMessageId = "" });
        using var take = await client.PostAsJsonAsync("/api/v1/conversations/nope/take", new { agentId = "agent1" });

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound, "conversation.not-found");
        await ProblemAssert.IsProblemAsync(badLimit, HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(noBody, HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(take, HttpStatusCode.NotFound, "conversation.not-found");
    }

    [Fact]
    public async Task Endpoints_WithoutToken_Answer401()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/conversations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
