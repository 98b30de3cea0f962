using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Conversations;

public sealed class ConversationAutomaticTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    private static AutomaticMessage Activity(string conversationId, string key) => new()
    {
        ConversationId = conversationId, Key = key, Kind = MessageKind.Activity,
        Text = new LocalizedText("Transcript emailed to ana@example.com", "Transcripción enviada a ana@example.com"),
    };

    [Fact]
    public async Task AddAutomaticAsync_Activity_IsStoredBilingualAndAnnouncedOnce()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var started = await world.IngestAsync("auto-1", "m1");

        var (added, duplicate) = await world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, Activity(started.Conversation.Id, "transcript-1"));

        Assert.False(duplicate);
        var stored = (await world.Conversations.GetMessagesAsync(started.Conversation.Id, 1, includeNotes: false)).Single();
        Assert.Equal((added.Id, 2L, MessageKind.Activity, true, DeliveryStatus.Pending, "Transcript emailed to ana@example.com"),
            (stored.Id, stored.Sequence, stored.Kind, stored.Automatic, stored.Status, stored.Text));
        Assert.Equal(new LocalizedText("Transcript emailed to ana@example.com", "Transcripción enviada a ana@example.com"), stored.Localized);
        Assert.Null(stored.AgentId);
        Assert.Single(Silo.Published, e => e.Type == EventTypes.ConversationMessageAdded && e.Subject == $"conversation-{started.Conversation.Id}"
            && e.GetData<ConversationMessageAdded>(KernelJson.Options)!.MessageId == added.Id);
        Assert.False((await world.Conversations.GetMessagesAsync(started.Conversation.Id, 0, includeNotes: false))[0].Automatic);
        Assert.Null((await world.Conversations.GetMessagesAsync(started.Conversation.Id, 0, includeNotes: false))[0].Localized);
    }

    [Fact]
    public async Task AddAutomaticAsync_SameKeyRetriedConcurrently_StoresOneMessage()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var started = await world.IngestAsync("auto-2", "m1");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, Activity(started.Conversation.Id, "transcript-once")).AsTask()));
        var again = await world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, Activity(started.Conversation.Id, "transcript-once"));

        Assert.Single(results, r => !r.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Single(results.Select(r => r.Message.Id).Append(again.Message.Id).Distinct());
        Assert.Equal(2, (await world.Conversations.GetMessagesAsync(started.Conversation.Id, 0, includeNotes: true)).Count);
        var other = await world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, Activity(started.Conversation.Id, "transcript-twice"));
        Assert.Equal((false, 3L), (other.Duplicate, other.Message.Sequence));
    }

    [Fact]
    public async Task AddAutomaticAsync_Outgoing_IsStoredAsSentAndNeverInClear()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var started = await world.IngestAsync("auto-3", "m1");
        const string Ack = "Recibimos su mensaje POL-55170. / We received your message POL-55170.";

        var (added, _) = await world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId,
            new AutomaticMessage { ConversationId = started.Conversation.Id, Key = "ack", Kind = MessageKind.Outgoing, Text = new LocalizedText(Ack, Ack) });

        Assert.Equal((MessageKind.Outgoing, DeliveryStatus.Sent, true, Ack), (added.Kind, added.Status, added.Automatic, added.Text));
        var raw = await Silo.Store.GetAsync(KernelCollections.Messages.Name, added.Id, CancellationToken.None);
        Assert.DoesNotContain("POL-55170", raw!.Json, StringComparison.Ordinal);
        Assert.Equal(Ack, (await world.Conversations.GetMessagesAsync(started.Conversation.Id, 1, false)).Single().Localized!.Es);
    }

    [Fact]
    public async Task AddAutomaticAsync_ClosedConversation_StillTakesTheActivity()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var started = await world.IngestAsync("auto-4", "m1");
        await world.Conversations.CloseAsync(started.Conversation.Id, null);

        var (added, _) = await world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, Activity(started.Conversation.Id, "after-close"));

        var messages = await world.Conversations.GetMessagesAsync(started.Conversation.Id, 0, includeNotes: false);
        Assert.Equal(added.Id, messages[^1].Id);
        Assert.Equal(ConversationStatus.Closed, (await world.Conversations.GetAsync(started.Conversation.Id))!.Status);
    }

    [Fact]
    public async Task AddAutomaticAsync_InvalidFields_NamesEachAndStoresNothing()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var started = await world.IngestAsync("auto-5", "m1");
        var before = await Silo.Store.CountAsync(KernelCollections.Messages.Name, [], CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, new AutomaticMessage
        {
            ConversationId = started.Conversation.Id, Key = new string('k', 201), Kind = MessageKind.Incoming, Text = new LocalizedText(new string('x', 4097), " "),
        }).AsTask());
        var note = await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId,
            Activity(started.Conversation.Id, "k") with { Kind = MessageKind.PrivateNote, Text = new LocalizedText("ok", "mal\u0007") }).AsTask());
        var noText = await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId,
            Activity(started.Conversation.Id, "") with { Text = null! }).AsTask());

        Assert.Equal(["key", "kind", "text.en", "text.es"], error.Errors.Keys.Order());
        Assert.Equal(["kind", "text.es"], note.Errors.Keys.Order());
        Assert.Equal(["key", "text"], noText.Errors.Keys.Order());
        Assert.Equal(before, await Silo.Store.CountAsync(KernelCollections.Messages.Name, [], CancellationToken.None));
    }

    [Fact]
    public async Task AddAutomaticAsync_AnotherPluginsOrUnknownConversation_IsNotFoundAndStoresNothing()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var started = await world.IngestAsync("auto-6", "m1");

        await Assert.ThrowsAsync<EntityNotFoundException>(() => world.Conversations.AddAutomaticAsync("cc.test.other", Activity(started.Conversation.Id, "k")).AsTask());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => world.Conversations.AddAutomaticAsync(ConversationWorld.PluginId, Activity("no-such-conversation", "k")).AsTask());

        Assert.Single(await world.Conversations.GetMessagesAsync(started.Conversation.Id, 0, includeNotes: true));
    }

    [Fact]
    public async Task UpdateStatusAsync_WithReason_KeepsItCleanedOnlyForAFailure()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var first = await world.IngestAsync("auto-7", "m1");
        var second = await world.IngestAsync("auto-7", "m2");

        var sent = await world.Conversations.UpdateStatusAsync(ConversationWorld.PluginId, second.Message.Id, DeliveryStatus.Sent, "ignored");
        var failed = await world.Conversations.UpdateStatusAsync(ConversationWorld.PluginId, first.Message.Id, DeliveryStatus.Failed,
            "5.1.1\r\n  smtp;\t550 5.1.1 user unknown\u0000" + new string('z', 600));

        Assert.Null(sent.FailureReason);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.StartsWith("5.1.1 smtp; 550 5.1.1 user unknown zzz", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(500, failed.FailureReason!.Length);
        Assert.Equal(failed.FailureReason, (await world.Conversations.GetMessagesAsync(first.Conversation.Id, 0, false))[0].FailureReason);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => world.Conversations.UpdateStatusAsync("cc.test.other", first.Message.Id, DeliveryStatus.Failed, "x").AsTask());
    }
}
