using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk.Conversations;
using Microsoft.Extensions.DependencyInjection;
using EndToEnd = ContactCenter.Host.Tests.EndToEnd;

namespace ContactCenter.Host.Tests.Api.Conversations;

/// <summary>
/// Conversation transfers over real HTTPS on the demo host (real kernel, routing, hubs and LiteDB). Messages enter
/// through the kernel service as a channel plugin would; the tests in this class run one after another and each
/// returns its agents to offline.
/// </summary>
public sealed class ConversationTransferTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    private const string PluginId = "cc.test.transfer";

    private IKernelConversationService Service => fixture.Host.App.Services.GetRequiredService<IKernelConversationService>();

    [Fact]
    public async Task Transfer_ToAgentWithNote_ReceivingAgentIsOfferedSeesTheWholeThreadAndTheSenderCannotWrite()
    {
        using var client = fixture.Host.CreateAdminClient();
        await using var sender = await HubClient.ConnectAsync(fixture.Host, "/hubs/agent", AgentTokens.For("agent1"), "ConversationTransferred");
        await using var receiver = await HubClient.ConnectAsync(fixture.Host, "/hubs/agent", AgentTokens.For("agent4"), "ConversationTransferred", "Offer");
        try
        {
            var conversation = await TakenByAgent1Async(client, "thread-agent");
            await EndToEnd.Api.SetPresenceAsync(client, "agent4", "available");

            var transferred = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/transfer",
                new { agentId = "agent1", toAgentId = "agent4", note = "Quiere cambiar la póliza / wants to change the policy", reason = "specialist" });
            var interaction = await EndToEnd.Api.WaitForStateAsync(client, conversation.InteractionId, "Offered");
            var toldSender = await sender.WaitForAsync("ConversationTransferred", m => Id(m, "conversationId") == conversation.Id, "the transfer");
            var toldReceiver = await receiver.WaitForAsync("ConversationTransferred", m => Id(m, "conversationId") == conversation.Id, "the transfer");
            var offer = await receiver.WaitForAsync("Offer", m => Id(m, "id") == conversation.InteractionId, "the offer");
            using var senderWrites = await client.PostAsJsonAsync($"/api/v1/conversations/{conversation.Id}/messages", new { agentId = "agent1", text = "sigo aquí", clientMessageId = "late" });
            var taken = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/take", new { agentId = "agent4" });
            var reply = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/messages", new { agentId = "agent4", text = "Hola, soy Diego", clientMessageId = "d1" });
            var thread = await EndToEnd.Api.GetAsync(client, $"/api/v1/conversations/{conversation.Id}/messages");

            Assert.Null(Id(transferred, "agentId"));
            Assert.Equal(("agent4", "Offered"), (interaction.GetProperty("agentId").GetString(), interaction.GetProperty("state").GetString()));
            Assert.Equal(("agent1", "agent4"), (Id(toldSender, "fromAgentId"), Id(toldSender, "toAgentId")));
            Assert.Equal(Id(toldSender, "noteMessageId"), Id(toldReceiver, "noteMessageId"));
            Assert.Equal("Offered", offer.GetProperty("state").GetString());
            await ProblemAssert.IsProblemAsync(senderWrites, HttpStatusCode.Forbidden, "conversation.not-yours");
            Assert.Equal((conversation.Id, conversation.ContactId, "agent4"), (Id(taken, "id"), Id(taken, "contactId"), Id(taken, "agentId")));
            Assert.Equal("Outgoing", reply.GetProperty("kind").GetString());
            Assert.Equal(["Incoming", "Activity", "Outgoing", "PrivateNote", "Activity", "Outgoing"], thread.EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
            var note = thread.EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "PrivateNote");
            Assert.Equal((Id(toldSender, "noteMessageId"), "agent1"), (Id(note, "id"), Id(note, "agentId")));
            Assert.StartsWith("Quiere cambiar", note.GetProperty("text").GetString(), StringComparison.Ordinal);
            var customerView = await Service.GetMessagesAsync(conversation.Id, 0, includeNotes: false);
            Assert.DoesNotContain(customerView, m => m.Kind == MessageKind.PrivateNote);

            var audited = await AuditOfAsync(conversation.Id);
            var entry = Assert.Single(audited);
            Assert.NotNull(entry.BeforeDigest);
            Assert.NotNull(entry.AfterDigest);
            Assert.NotEqual(entry.BeforeDigest, entry.AfterDigest);
            Assert.Equal("agent agent1 to agent agent4", entry.Detail);
            Assert.DoesNotContain("póliza", entry.Detail, StringComparison.Ordinal);
            await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/close", new { disposition = new { code = "consulta/cobertura" } });
        }
        finally
        {
            await OfflineAsync(client, "agent1", "agent4");
        }
    }

    [Fact]
    public async Task Transfer_ToQueue_IsRoutedToAnAgentOfThatQueueWithTheSameConversationAndCustomer()
    {
        using var client = fixture.Host.CreateAdminClient();
        await using var sender = await HubClient.ConnectAsync(fixture.Host, "/hubs/agent", AgentTokens.For("agent1"), "ConversationTransferred");
        try
        {
            var conversation = await TakenByAgent1Async(client, "thread-queue");
            await EndToEnd.Api.SetPresenceAsync(client, "agent3", "available");

            var transferred = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/transfer", new { agentId = "agent1", toQueueId = "salud-general" });
            var told = await sender.WaitForAsync("ConversationTransferred", m => Id(m, "conversationId") == conversation.Id, "the transfer");
            var offered = await EndToEnd.Api.WaitForStateAsync(client, conversation.InteractionId, "Offered");
            var taken = await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/take", new { agentId = "agent3" });

            Assert.Null(Id(transferred, "agentId"));
            Assert.Equal(("salud-general", null), (Id(told, "toQueueId"), Id(told, "toAgentId")));
            Assert.Equal(("agent3", "salud-general"), (Id(offered, "agentId"), Id(offered, "queueId")));
            Assert.Equal((conversation.Id, conversation.ContactId, "agent3"), (Id(taken, "id"), Id(taken, "contactId"), Id(taken, "agentId")));
            Assert.Single(await AuditOfAsync(conversation.Id));
            await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/close", new { disposition = new { code = "consulta/cobertura" } });
        }
        finally
        {
            await OfflineAsync(client, "agent1", "agent3");
        }
    }

    [Fact]
    public async Task Transfer_BadRequests_AnswerClearProblemsAndChangeNothing()
    {
        using var client = fixture.Host.CreateAdminClient();
        try
        {
            var conversation = await TakenByAgent1Async(client, "thread-ugly");
            var path = $"/api/v1/conversations/{conversation.Id}/transfer";

            using var unknownQueue = await client.PostAsJsonAsync(path, new { agentId = "agent1", toQueueId = "no-such-queue" });
            using var unknownAgent = await client.PostAsJsonAsync(path, new { agentId = "agent1", toAgentId = "agent99" });
            using var both = await client.PostAsJsonAsync(path, new { agentId = "agent1", toAgentId = "agent4", toQueueId = "salud-general" });
            using var neither = await client.PostAsJsonAsync(path, new { agentId = "agent1", note = "\u0001" });
            using var offline = await client.PostAsJsonAsync(path, new { agentId = "agent1", toAgentId = "agent2" });
            using var notYours = await client.PostAsJsonAsync(path, new { agentId = "agent2", toQueueId = "salud-general" });
            using var missing = await client.PostAsJsonAsync("/api/v1/conversations/nope/transfer", new { agentId = "agent1", toQueueId = "salud-general" });

            Assert.Equal(["toQueueId"], Fields(await ProblemAssert.IsProblemAsync(unknownQueue, HttpStatusCode.BadRequest, "request.invalid")));
            Assert.Equal(["toAgentId"], Fields(await ProblemAssert.IsProblemAsync(unknownAgent, HttpStatusCode.BadRequest, "request.invalid")));
            Assert.Equal(["to"], Fields(await ProblemAssert.IsProblemAsync(both, HttpStatusCode.BadRequest, "request.invalid")));
            Assert.Equal(["note", "to"], Fields(await ProblemAssert.IsProblemAsync(neither, HttpStatusCode.BadRequest, "request.invalid")));
            var offlineProblem = await ProblemAssert.IsProblemAsync(offline, HttpStatusCode.Conflict, "conversation.agent-offline");
            Assert.Contains("agent2", offlineProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            await ProblemAssert.IsProblemAsync(notYours, HttpStatusCode.Forbidden, "conversation.not-yours");
            await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound, "conversation.not-found");

            var after = await Service.GetAsync(conversation.Id);
            Assert.Equal(("agent1", conversation.LastSequence), (after!.AgentId, after.LastSequence));
            var interaction = await EndToEnd.Api.GetAsync(client, $"/api/v1/interactions/{conversation.InteractionId}");
            Assert.Equal(("Connected", "agent1"), (interaction.GetProperty("state").GetString(), interaction.GetProperty("agentId").GetString()));
            Assert.Empty(await AuditOfAsync(conversation.Id));

            await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{conversation.Id}/close", new { disposition = new { code = "consulta/cobertura" } });
            using var closed = await client.PostAsJsonAsync(path, new { agentId = "agent1", toQueueId = "salud-general" });
            await ProblemAssert.IsProblemAsync(closed, HttpStatusCode.Conflict, "conversation.closed");
            Assert.Empty(await AuditOfAsync(conversation.Id));
        }
        finally
        {
            await OfflineAsync(client, "agent1");
        }
    }

    /// <summary>A customer's conversation in autos-general, routed to agent1 (the only Available autos agent) and taken, with one reply.</summary>
    private async Task<Conversation> TakenByAgent1Async(HttpClient client, string thread)
    {
        var inbox = await Service.OpenInboxAsync(PluginId, new InboxRequest { ChannelName = "web", ServiceLineId = "autos", QueueId = "autos-general" });
        await EndToEnd.Api.SetPresenceAsync(client, "agent1", "available");
        var ingested = await Service.IngestAsync(PluginId, new InboundMessage
        {
            InboxId = inbox.Id, SourceConversationId = thread, SourceMessageId = thread + "-m1", Text = "Necesito ayuda con mi póliza", CustomerName = "Lucía Prueba",
        });
        await EndToEnd.Api.WaitForStateAsync(client, ingested.Conversation.InteractionId, "Offered");
        await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{ingested.Conversation.Id}/take", new { agentId = "agent1" });
        await EndToEnd.Api.PostAsync(client, $"/api/v1/conversations/{ingested.Conversation.Id}/messages", new { agentId = "agent1", text = "Le ayudo", clientMessageId = thread + "-r1" });
        return (await Service.GetAsync(ingested.Conversation.Id))!;
    }

    private async Task<List<AuditRecord>> AuditOfAsync(string conversationId)
    {
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var query = new AuditQuery { Action = "conversation.transferred", Target = $"conversation/{conversationId}" };
        return await log.ReadAsync(query).ToListAsync();
    }

    private static async Task OfflineAsync(HttpClient client, params string[] agents)
    {
        foreach (var agent in agents)
        {
            await EndToEnd.Api.SetPresenceAsync(client, agent, "offline");
        }
    }

    /// <summary>A string property; null when absent (the API leaves nulls out).</summary>
    private static string? Id(JsonElement element, string property) => element.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static string[] Fields(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
