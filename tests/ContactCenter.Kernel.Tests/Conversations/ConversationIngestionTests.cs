using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Conversations;

public sealed class ConversationIngestionTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task IngestAsync_FirstMessage_StartsConversationWhoseInteractionIsRoutedToTheAgent()
    {
        var world = await ConversationWorld.CreateAsync(Silo);

        var result = await world.IngestAsync("visitor-1", "m1");

        Assert.False(result.Duplicate);
        Assert.Equal((ConversationStatus.Open, 1L, MessageKind.Incoming, "Hola, necesito ayuda"),
            (result.Conversation.Status, result.Message.Sequence, result.Message.Kind, result.Message.Text));
        var offered = await Silo.WaitForStateAsync(result.Conversation.InteractionId, InteractionState.Offered);
        Assert.Equal((world.Agent, world.Queue.Id, ChannelKind.Chat, ConversationWorld.PluginId, world.Inbox.ChannelName, result.Conversation.Id),
            (offered.AgentId, offered.QueueId, offered.Channel, offered.ChannelPluginId, offered.ChannelName, offered.ExternalId));
    }

    [Fact]
    public async Task IngestAsync_SameSourceMessageRedeliveredConcurrently_StoresItOnce()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => world.IngestAsync("visitor-2", "wamid.1").AsTask()));

        Assert.Single(results, r => !r.Duplicate);
        Assert.Single(results.Select(r => r.Message.Id).Distinct());
        var conversation = Assert.Single(results.Select(r => r.Conversation.Id).Distinct());
        Assert.Single(await world.Conversations.GetMessagesAsync(conversation, 0, includeNotes: true));
        Assert.Single(Silo.Published, e => e.Type == EventTypes.ConversationMessageAdded && e.Subject == $"conversation-{conversation}");
        Assert.Equal(InteractionState.Queued, (await Silo.Interactions.GetAsync(results[0].Conversation.InteractionId))!.State);
    }

    [Fact]
    public async Task IngestAsync_ConcurrentMessagesOfOneThread_OneConversationWithGapFreeSequences()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => world.IngestAsync("visitor-3", $"m{i}", $"mensaje {i}").AsTask()));

        var conversation = Assert.Single(results.Select(r => r.Conversation.Id).Distinct());
        var messages = await world.Conversations.GetMessagesAsync(conversation, 0, includeNotes: true);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), messages.Select(m => m.Sequence));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"mensaje {i}").Order(), messages.Select(m => m.Text).Order());
        Assert.Equal(10, (await world.Conversations.GetAsync(conversation))!.LastSequence);
    }

    [Fact]
    public async Task GetMessagesAsync_AfterASequence_ReturnsOnlyLaterOnesInOrder()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        foreach (var i in Enumerable.Range(1, 4))
        {
            await world.IngestAsync("visitor-4", $"m{i}", $"texto {i}");
        }

        var conversation = (await world.IngestAsync("visitor-4", "m1")).Conversation.Id;

        Assert.Equal(["texto 3", "texto 4"], (await world.Conversations.GetMessagesAsync(conversation, 2, includeNotes: false)).Select(m => m.Text));
    }

    [Fact]
    public async Task IngestAsync_InvalidFields_NamesEachAndStoresNothing()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var before = await Silo.Store.CountAsync(KernelCollections.Messages.Name, [], CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.IngestAsync(ConversationWorld.PluginId,
            world.Message("", new string('x', 201), new string('y', 4097)) with { Subject = new string('s', 201) }).AsTask());
        var control = await Assert.ThrowsAsync<InvalidRequestException>(() => world.IngestAsync("v", "m", "bad\u0000text").AsTask());

        Assert.Equal(["sourceConversationId", "sourceMessageId", "subject", "text"], error.Errors.Keys.Order());
        Assert.Equal(["text"], control.Errors.Keys);
        Assert.Equal(before, await Silo.Store.CountAsync(KernelCollections.Messages.Name, [], CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_AnotherPluginsInbox_IsNotFound()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);

        await Assert.ThrowsAsync<EntityNotFoundException>(() => world.Conversations.IngestAsync("cc.test", world.Message("v", "m")).AsTask());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => world.Conversations.IngestAsync("cc.test.chat.x", world.Message("v", "m")).AsTask());
    }

    [Fact]
    public async Task IngestAsync_Text_IsNeverStoredInClear()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        const string Secret = "Mi póliza es POL-99812 y mi cédula 1-1234-0567";

        var result = await world.IngestAsync("visitor-5", "source-id-77", Secret);

        var raw = await Silo.Store.GetAsync(KernelCollections.Messages.Name, result.Message.Id, CancellationToken.None);
        Assert.DoesNotContain("POL-99812", raw!.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("source-id-77", raw.Json, StringComparison.Ordinal);
        var events = await Silo.Store.ReadEventsAsync(new EventQuery($"conversation-{result.Conversation.Id}"), CancellationToken.None);
        Assert.DoesNotContain(events, e => e.Json.Contains("POL-99812", StringComparison.Ordinal));
        Assert.Equal(Secret, (await world.Conversations.GetMessagesAsync(result.Conversation.Id, 0, false))[0].Text);
        Assert.Equal("source-id-77", (await world.Conversations.GetMessagesAsync(result.Conversation.Id, 0, false))[0].SourceMessageId);
    }

    [Fact]
    public async Task IngestAsync_UnverifiedEmail_NeverJoinsAnExistingContactButAVerifiedOneDoes()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var email = $"{Scenario.Unique("ana")}@example.com";
        var existing = await world.Contacts.CreateAsync(new ContactCenter.Kernel.Contacts.ContactRequest("Ana Mora", Emails: [email]));

        var typed = await world.Conversations.IngestAsync(ConversationWorld.PluginId, world.Message("t1", "m") with { CustomerEmail = email, CustomerName = "Ana" });
        var verified = await world.Conversations.IngestAsync(ConversationWorld.PluginId,
            world.Message("t2", "m2") with { CustomerEmail = email.ToUpperInvariant(), CustomerVerified = true });

        Assert.NotNull(typed.Conversation.ContactId);
        Assert.NotEqual(existing.Id, typed.Conversation.ContactId);
        var found = await world.Contacts.FindByEmailAsync(email);
        Assert.Equal(existing.Id, Assert.Single(found).Id);
        Assert.Equal(existing.Id, verified.Conversation.ContactId);
    }
}
