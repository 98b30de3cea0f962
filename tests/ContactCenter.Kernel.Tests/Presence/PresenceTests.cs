using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Tests.Presence;

public sealed class PresenceTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task GetStatusesAsync_FreshStore_HasTheBuiltInStatusesInBothLanguages()
    {
        var statuses = await Silo.Presence.GetStatusesAsync();

        Assert.Equal(["available", "offline", "break", "lunch", "training"], statuses.Select(s => s.Id));
        Assert.Equal([true, false, false, false, false], statuses.Select(s => s.IsRoutable));
        Assert.Equal(["coffee", "personal"], statuses.Single(s => s.Id == "break").Reasons.Select(r => r.Code));
        Assert.Equal(("Lunch", "Almuerzo"), (statuses[3].Name.En, statuses[3].Name.Es));
    }

    [Fact]
    public async Task GetAsync_NewAgent_IsOfflineAndIdle()
    {
        var agent = await Silo.AgentAsync(Scenario.Unique("s"), available: false);

        var presence = await Silo.Presence.GetAsync(agent);

        Assert.Equal(("offline", false, RoutingSubState.Idle), (presence.StatusId, presence.IsRoutable, presence.SubState));
        Assert.Null(presence.IdleSince);
    }

    [Fact]
    public async Task SetStatusAsync_WithAReasonOfThatStatus_IsKeptAndPublished()
    {
        var agent = await Silo.AgentAsync(Scenario.Unique("s"));

        var presence = await Silo.Presence.SetStatusAsync(agent, "break", "coffee");

        Assert.Equal(("break", "coffee", false), (presence.StatusId, presence.ReasonCode, presence.IsRoutable));
        Assert.Null(presence.IdleSince);
        await TestSilo.Eventually(() => Task.FromResult(Silo.Published.Any(e => e.Type == EventTypes.PresenceChanged && e.Subject == agent
            && e.GetData<PresenceChanged>(KernelJson.Options)!.Current.StatusId == "break")), "the presence change to be published");
    }

    [Theory]
    [InlineData("break", "nap", "reasonCode")]
    [InlineData("lunch", "coffee", "reasonCode")]
    [InlineData("gone-fishing", null, "statusId")]
    [InlineData("", null, "statusId")]
    public async Task SetStatusAsync_UnknownStatusOrReason_IsRefusedAndChangesNothing(string status, string? reason, string field)
    {
        var agent = await Silo.AgentAsync(Scenario.Unique("s"));
        var before = await Silo.Presence.GetAsync(agent);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Presence.SetStatusAsync(agent, status, reason).AsTask());

        Assert.Equal([field], error.Errors.Keys);
        var after = await Silo.Presence.GetAsync(agent);
        Assert.Equal((before.StatusId, before.Version), (after.StatusId, after.Version));
    }

    [Fact]
    public async Task SetStatusAsync_UnknownAgent_ThrowsNotFound() =>
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Silo.Presence.SetStatusAsync("nobody-here", "available").AsTask());

    [Fact]
    public async Task SetStatusAsync_BecomingAvailable_StartsIdleTime()
    {
        var agent = await Silo.AgentAsync(Scenario.Unique("s"), available: false);

        var presence = await Silo.Presence.SetStatusAsync(agent, "available");

        Assert.Equal((true, RoutingSubState.Idle, Silo.Time.GetUtcNow()), (presence.IsRoutable, presence.SubState, presence.IdleSince));
    }

    [Fact]
    public async Task Capacity_ChatsWhileOnACall_AreNotOfferedUntilTheCallAndItsWrapUpEnd()
    {
        var skill = Scenario.Unique("voice-chat");
        var queue = await Silo.QueueAsync(skill);
        var agent = await Silo.AgentAsync(skill);
        var call = await Silo.QueuedAsync(queue, ChannelKind.Voice);
        await Silo.WaitForStateAsync(call.Id, InteractionState.Offered);
        await Silo.Interactions.AcceptOfferAsync(call.Id, agent);

        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        var secondCall = await Silo.QueuedAsync(queue, ChannelKind.Voice);
        await Task.Delay(300);
        Assert.Equal(InteractionState.Queued, (await Silo.Interactions.GetAsync(chat.Id))!.State);
        Assert.Equal(InteractionState.Queued, (await Silo.Interactions.GetAsync(secondCall.Id))!.State);

        await Silo.Interactions.EndContactAsync(call.Id);
        await Task.Delay(300);
        Assert.Equal(InteractionState.Queued, (await Silo.Interactions.GetAsync(chat.Id))!.State);   // after-contact work holds the agent

        // Free again: one of the two (queued at the same kernel instant) is offered, the other waits (one offer at a time).
        await Silo.Interactions.CloseAsync(call.Id, new DispositionRef("done"));
        Interaction[] states = [];
        await TestSilo.Eventually(async () =>
        {
            states = [(await Silo.Interactions.GetAsync(chat.Id))!, (await Silo.Interactions.GetAsync(secondCall.Id))!];
            return states.Any(i => i.State == InteractionState.Offered);
        }, "an offer after the wrap-up");
        Assert.Single(states, i => i.State == InteractionState.Offered && i.AgentId == agent);
        Assert.Single(states, i => i.State == InteractionState.Queued);
    }

    [Fact]
    public async Task Capacity_SeveralChats_AreOfferedOneAtATimeUpToTheLimit()
    {
        var skill = Scenario.Unique("chat");
        var queue = await Silo.QueueAsync(skill);
        var capacity = new ChannelCapacity { Limits = new Dictionary<ChannelKind, int> { [ChannelKind.Chat] = 2 } };
        var agent = await Silo.AgentAsync(skill, capacity: capacity);
        var chats = new List<Interaction>();
        for (var n = 0; n < 3; n++)
        {
            chats.Add(await Silo.QueuedAsync(queue, ChannelKind.Chat));
        }

        for (var n = 0; n < 2; n++)
        {
            var presence = await Silo.WaitForAgentAsync(agent, p => p.SubState == RoutingSubState.Reserved, "an offer");
            var offered = Assert.Single(presence.Work, w => w.Phase == AgentWorkPhase.Offered);

            // The agent is reserved a moment before the interaction records the offer.
            await Silo.WaitForStateAsync(offered.InteractionId, InteractionState.Offered);
            await Silo.Interactions.AcceptOfferAsync(offered.InteractionId, agent);
        }

        await Task.Delay(300);
        var states = await Task.WhenAll(chats.Select(async c => (await Silo.Interactions.GetAsync(c.Id))!.State));
        Assert.Equal([InteractionState.Queued, InteractionState.Connected, InteractionState.Connected], states.Order());
        Assert.Equal(2, (await Silo.Presence.GetAsync(agent)).Work.Count);
    }
}
