using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Conversations;

public sealed class ConversationAgentTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task TakeWriteClose_OfferedConversation_AgentJoinsRepliesNotesAndClosesAndTheNextMessageStartsAnother()
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var first = await world.IngestAsync("visitor-a", "m1");
        await Silo.WaitForStateAsync(first.Conversation.InteractionId, InteractionState.Offered);

        var taken = await world.Conversations.TakeAsync(first.Conversation.Id, world.Agent);
        var note = await world.Conversations.WriteAsync(taken.Id, new AgentMessage(world.Agent, "Cliente VIP", "n-1", Note: true));
        var reply = await world.Conversations.WriteAsync(taken.Id, new AgentMessage(world.Agent, "Con gusto le ayudo", "r-1"));
        var closed = await world.Conversations.CloseAsync(taken.Id, new DispositionRef("general/info"));
        var next = await world.IngestAsync("visitor-a", "m2");

        Assert.Equal(world.Agent, taken.AgentId);
        Assert.Equal(InteractionState.Closed, (await Silo.Interactions.GetAsync(first.Conversation.InteractionId))!.State);
        Assert.Equal(ConversationStatus.Closed, closed.Status);
        Assert.Equal(MessageKind.PrivateNote, note.Kind);

        // No plugin cc.test.chat is loaded: the channel refuses, and the reply is marked failed rather than lost.
        Assert.Equal(DeliveryStatus.Failed, reply.Status);
        var customerView = await world.Conversations.GetMessagesAsync(taken.Id, 0, includeNotes: false);
        Assert.Equal([MessageKind.Incoming, MessageKind.Activity, MessageKind.Outgoing, MessageKind.Activity], customerView.Select(m => m.Kind));
        Assert.Equal(["agent-joined", "conversation-closed"], customerView.Where(m => m.Kind == MessageKind.Activity).Select(m => m.Text));
        Assert.Equal(5, (await world.Conversations.GetMessagesAsync(taken.Id, 0, includeNotes: true)).Count);
        Assert.NotEqual(first.Conversation.Id, next.Conversation.Id);
        Assert.NotEqual(first.Conversation.InteractionId, next.Conversation.InteractionId);
        Assert.Equal(1, next.Message.Sequence);
    }

    [Fact]
    public async Task WriteAsync_SameClientMessageIdTwice_StoresOneMessage()
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var conversation = await TakenAsync(world, "visitor-b");

        var once = await world.Conversations.WriteAsync(conversation.Id, new AgentMessage(world.Agent, "Hola", "c-1"));
        var twice = await world.Conversations.WriteAsync(conversation.Id, new AgentMessage(world.Agent, "Hola", "c-1"));

        Assert.Equal(once.Id, twice.Id);
        Assert.Single(await world.Conversations.GetMessagesAsync(conversation.Id, 0, true), m => m.Kind == MessageKind.Outgoing);
    }

    [Fact]
    public async Task TakeAndWrite_AnotherAgent_AreRefusedAndChangeNothing()
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var first = await world.IngestAsync("visitor-c", "m1");
        await Silo.WaitForStateAsync(first.Conversation.InteractionId, InteractionState.Offered);

        await Assert.ThrowsAsync<InvalidTransitionException>(() => world.Conversations.TakeAsync(first.Conversation.Id, "intruder").AsTask());
        await world.Conversations.TakeAsync(first.Conversation.Id, world.Agent);
        var write = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Conversations.WriteAsync(first.Conversation.Id, new AgentMessage("intruder", "hola", "x")).AsTask());
        var empty = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            world.Conversations.WriteAsync(first.Conversation.Id, new AgentMessage(world.Agent, " ", "")).AsTask());

        Assert.Equal("conversation.not-yours", write.ErrorCode);
        Assert.Equal(["clientMessageId", "text"], empty.Errors.Keys.Order());
        Assert.Equal(2, (await world.Conversations.GetAsync(first.Conversation.Id))!.LastSequence);
    }

    [Fact]
    public async Task UpdateStatusAsync_OutOfOrderReports_NeverMoveBackwards()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var message = (await world.IngestAsync("visitor-d", "m1")).Message;

        var read = await world.Conversations.UpdateStatusAsync(ConversationWorld.PluginId, message.Id, DeliveryStatus.Read);
        var lateDelivered = await world.Conversations.UpdateStatusAsync(ConversationWorld.PluginId, message.Id, DeliveryStatus.Delivered);
        var lateFailed = await world.Conversations.UpdateStatusAsync(ConversationWorld.PluginId, message.Id, DeliveryStatus.Failed);

        Assert.Equal([DeliveryStatus.Read, DeliveryStatus.Read, DeliveryStatus.Read], new[] { read.Status, lateDelivered.Status, lateFailed.Status });
        await Assert.ThrowsAsync<EntityNotFoundException>(() => world.Conversations.UpdateStatusAsync("cc.other", message.Id, DeliveryStatus.Read).AsTask());
        await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.UpdateStatusAsync(null, message.Id, (DeliveryStatus)9).AsTask());
    }

    [Theory]
    [InlineData(DeliveryStatus.Pending, DeliveryStatus.Sent, true)]
    [InlineData(DeliveryStatus.Sent, DeliveryStatus.Read, true)]
    [InlineData(DeliveryStatus.Read, DeliveryStatus.Delivered, false)]
    [InlineData(DeliveryStatus.Sent, DeliveryStatus.Failed, true)]
    [InlineData(DeliveryStatus.Delivered, DeliveryStatus.Failed, false)]
    [InlineData(DeliveryStatus.Failed, DeliveryStatus.Delivered, false)]
    [InlineData(DeliveryStatus.Sent, DeliveryStatus.Sent, false)]
    public void Advances_StatusPair_MovesOnlyForward(DeliveryStatus current, DeliveryStatus next, bool expected) =>
        Assert.Equal(expected, DeliveryStatusRules.Advances(current, next));

    private async Task<Conversation> TakenAsync(ConversationWorld world, string thread)
    {
        var first = await world.IngestAsync(thread, "m1");
        await Silo.WaitForStateAsync(first.Conversation.InteractionId, InteractionState.Offered);
        return await world.Conversations.TakeAsync(first.Conversation.Id, world.Agent);
    }
}
