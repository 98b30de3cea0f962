using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Tests.Routing;

/// <summary>Offer path scenarios that move the kernel clock, each on its own silo.</summary>
public sealed class OfferPathTests
{
    [Fact]
    public async Task Lifecycle_QueuedWorkWithAvailableAgent_OffersConnectsWrapsUpAndFreesTheAgent()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var agent = await silo.AgentAsync("claims");

        var queued = await silo.QueuedAsync(queue);
        var offered = await silo.WaitForStateAsync(queued.Id, InteractionState.Offered);
        Assert.Equal(agent, offered.AgentId);
        Assert.Equal(TestSilo.Start + queue.OfferTimeout, offered.OfferExpiresAt);
        Assert.Equal(RoutingSubState.Reserved, (await silo.Presence.GetAsync(agent)).SubState);

        await silo.Interactions.AcceptOfferAsync(queued.Id, agent);
        Assert.Equal(RoutingSubState.OnContact, (await silo.Presence.GetAsync(agent)).SubState);
        await silo.Interactions.EndContactAsync(queued.Id);
        Assert.Equal(RoutingSubState.WrapUp, (await silo.Presence.GetAsync(agent)).SubState);
        silo.Time.Advance(queue.WrapUpTime!.Value / 2);
        var closed = await silo.Interactions.CloseAsync(queued.Id, new DispositionRef("claims/new"));

        Assert.Equal(InteractionState.Closed, closed.State);
        var presence = await silo.Presence.GetAsync(agent);
        Assert.Equal(RoutingSubState.Idle, presence.SubState);
        Assert.Equal(silo.Time.GetUtcNow(), presence.IdleSince);
        Assert.Empty(presence.Work);
    }

    [Fact]
    public async Task Dispatch_TwoAvailableAgents_OffersToTheOneIdleLongest()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var later = await silo.AgentAsync("claims", id: "a-later", available: false);
        var earlier = await silo.AgentAsync("claims", id: "b-earlier", available: false);
        await silo.Presence.SetStatusAsync(earlier, PresenceStatusDefinition.AvailableId);
        silo.Time.Advance(TimeSpan.FromMinutes(1));
        await silo.Presence.SetStatusAsync(later, PresenceStatusDefinition.AvailableId);

        var first = await silo.QueuedAsync(queue);
        Assert.Equal(earlier, (await silo.WaitForStateAsync(first.Id, InteractionState.Offered)).AgentId);
        var second = await silo.QueuedAsync(queue);
        Assert.Equal(later, (await silo.WaitForStateAsync(second.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Dispatch_WaitingWork_IsOrderedByPriorityThenOriginalQueueTime()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var oldNormal = await silo.QueuedAsync(queue, priority: 50);
        silo.Time.Advance(TimeSpan.FromSeconds(5));
        var newNormal = await silo.QueuedAsync(queue, priority: 50);
        silo.Time.Advance(TimeSpan.FromSeconds(5));
        var urgent = await silo.QueuedAsync(queue, priority: 90);

        var dispatcher = silo.Grains.GetGrain<IDispatcherGrain>(DispatcherGrain.Key);
        await TestSilo.Eventually(async () => (await dispatcher.GetWaitingAsync()).Length == 3, "three waiting");
        Assert.Equal([urgent.Id, oldNormal.Id, newNormal.Id], (await dispatcher.GetWaitingAsync()).Select(w => w.InteractionId));

        var agent = await silo.AgentAsync("claims");
        foreach (var expected in new[] { urgent.Id, oldNormal.Id, newNormal.Id })
        {
            Assert.Equal(agent, (await silo.WaitForStateAsync(expected, InteractionState.Offered)).AgentId);
            await silo.Interactions.AcceptOfferAsync(expected, agent);
            await silo.Interactions.EndContactAsync(expected);
            await silo.Interactions.CloseAsync(expected, new DispositionRef("done"));
        }
    }

    [Fact]
    public async Task Dispatch_SkillsAndLevels_OnlyQualifiedAgentsAreOffered()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims", minLevel: 5);
        await silo.AgentAsync("claims", level: 4, id: "a-novice");
        await silo.AgentAsync("other-skill", level: 10, id: "b-unskilled");
        var expert = await silo.AgentAsync("claims", level: 5, id: "c-expert");

        var work = await silo.QueuedAsync(queue);

        Assert.Equal(expert, (await silo.WaitForStateAsync(work.Id, InteractionState.Offered)).AgentId);
        var second = await silo.QueuedAsync(queue);
        await Task.Delay(300);
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(second.Id))!.State);
    }

    [Fact]
    public async Task OfferTimeout_OnTheKernelClock_RequeuesAtTheOriginalPositionAndMarksTheAgentNotResponding()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims", offerTimeout: TimeSpan.FromSeconds(10));
        var first = await silo.QueuedAsync(queue);
        silo.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await silo.QueuedAsync(queue);
        var sleepy = await silo.AgentAsync("claims", id: "a-sleepy");
        await silo.WaitForStateAsync(first.Id, InteractionState.Offered);

        silo.Time.Advance(TimeSpan.FromSeconds(10));

        var requeued = await silo.WaitForStateAsync(first.Id, InteractionState.Queued);
        Assert.Equal(first.QueuedAt, requeued.QueuedAt);
        Assert.Null(requeued.AgentId);
        Assert.Equal("offer-timeout", (await silo.LogAsync(first.Id))[^1].Reason);
        var presence = await silo.WaitForAgentAsync(sleepy, p => p.SubState == RoutingSubState.NotResponding, "the agent to be NotResponding");
        Assert.True(presence.IsRoutable);
        var dispatcher = silo.Grains.GetGrain<IDispatcherGrain>(DispatcherGrain.Key);
        await TestSilo.Eventually(async () => (await dispatcher.GetWaitingAsync()).Select(w => w.InteractionId).SequenceEqual([first.Id, second.Id]),
            "the timed-out work to be first again");

        var helper = await silo.AgentAsync("claims", id: "b-helper");
        Assert.Equal(helper, (await silo.WaitForStateAsync(first.Id, InteractionState.Offered)).AgentId);
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(second.Id))!.State);

        await silo.Presence.SetStatusAsync(sleepy, PresenceStatusDefinition.AvailableId);
        Assert.Equal(sleepy, (await silo.WaitForStateAsync(second.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Reject_ReturnsTheWorkToItsQueue_AndTheAgentStaysAvailable()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var agent = await silo.AgentAsync("claims");
        var work = await silo.QueuedAsync(queue);
        var offered = await silo.WaitForStateAsync(work.Id, InteractionState.Offered);
        var idleSince = (await silo.Presence.GetAsync(agent)).Work.Count;

        var rejected = await silo.Interactions.RejectOfferAsync(work.Id, agent);

        Assert.Equal((InteractionState.Queued, work.QueuedAt), (rejected.State, rejected.QueuedAt));
        Assert.Contains(await silo.LogAsync(work.Id), e => e.From == InteractionState.Offered && e.To == InteractionState.Queued && e.Reason == "offer-rejected");
        var again = await silo.WaitForAsync(work.Id, i => i.State == InteractionState.Offered && i.Version > offered.Version, "the work to be offered again");
        Assert.Equal(agent, again.AgentId);
        var presence = await silo.Presence.GetAsync(agent);
        Assert.True(presence.IsRoutable);
        Assert.NotEqual(RoutingSubState.NotResponding, presence.SubState);
        Assert.Equal(1, idleSince);
    }

    [Fact]
    public async Task Dispatch_SeveralChatsForOneAgent_NeverMoreThanOnePendingOffer()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("chat");
        var agent = await silo.AgentAsync("chat");
        var chats = new List<Interaction>();
        for (var n = 0; n < 3; n++)
        {
            chats.Add(await silo.QueuedAsync(queue, ChannelKind.Chat));
            silo.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await silo.WaitForStateAsync(chats[0].Id, InteractionState.Offered);
        await Task.Delay(300);
        Assert.Single((await silo.Presence.GetAsync(agent)).Work);
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(chats[1].Id))!.State);

        await silo.Interactions.AcceptOfferAsync(chats[0].Id, agent);
        await silo.WaitForStateAsync(chats[1].Id, InteractionState.Offered);
        var presence = await silo.Presence.GetAsync(agent);
        Assert.Equal([AgentWorkPhase.Offered, AgentWorkPhase.Connected], presence.Work.Select(w => w.Phase).Order());
    }
}
