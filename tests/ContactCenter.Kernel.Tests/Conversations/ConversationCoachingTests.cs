using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Conversations;

/// <summary>A supervisor's coaching note: a private note authored by the supervisor, for the agent only.</summary>
public sealed class ConversationCoachingTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task CoachAsync_TakenConversation_StoresAPrivateNoteBySupervisorTheCustomerNeverSees()
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var first = await world.IngestAsync("visitor-coach-a", "m1");
        await Silo.WaitForStateAsync(first.Conversation.InteractionId, InteractionState.Offered);
        var taken = await world.Conversations.TakeAsync(first.Conversation.Id, world.Agent);

        var note = await world.Conversations.CoachAsync(taken.Id, new SupervisorNote("supervisor1", "Ofrécele la cobertura ampliada", "s-1"));
        var again = await world.Conversations.CoachAsync(taken.Id, new SupervisorNote("supervisor1", "Ofrécele la cobertura ampliada", "s-1"));

        Assert.Equal(MessageKind.PrivateNote, note.Kind);
        Assert.Equal("supervisor1", note.SupervisorId);
        Assert.Null(note.AgentId);
        Assert.Equal(note.Id, again.Id);
        var agentView = await world.Conversations.GetMessagesAsync(taken.Id, 0, includeNotes: true);
        Assert.Single(agentView, m => m.SupervisorId == "supervisor1" && m.Text == "Ofrécele la cobertura ampliada");
        var customerView = await world.Conversations.GetMessagesAsync(taken.Id, 0, includeNotes: false);
        Assert.DoesNotContain(customerView, m => m.Kind == MessageKind.PrivateNote || m.SupervisorId is not null);
    }

    [Fact]
    public async Task CoachAsync_NobodyTookItOrEmptyText_IsRefusedAndChangesNothing()
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var first = await world.IngestAsync("visitor-coach-b", "m1");
        await Silo.WaitForStateAsync(first.Conversation.InteractionId, InteractionState.Offered);

        var untaken = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            world.Conversations.CoachAsync(first.Conversation.Id, new SupervisorNote("supervisor1", "hola", "s-1")).AsTask());
        var empty = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            world.Conversations.CoachAsync(first.Conversation.Id, new SupervisorNote(" ", " ", "s-2")).AsTask());
        var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() =>
            world.Conversations.CoachAsync("no-such-conversation", new SupervisorNote("supervisor1", "hola", "s-3")).AsTask());

        Assert.Equal(["conversationId"], untaken.Errors.Keys);
        Assert.Equal(["supervisorId", "text"], empty.Errors.Keys.Order());
        Assert.NotNull(missing);
        Assert.Equal(1, (await world.Conversations.GetAsync(first.Conversation.Id))!.LastSequence);
    }
}
