using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Tests.Routing;

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
        silo.Time.Advance(TimeSpan.FromMinutes(3));
        var closed = await silo.Interactions.CloseAsync(queued.Id, new DispositionRef("claims/new"));

        Assert.Equal(InteractionState.Closed, closed.State);
        var presence = await silo.Presence.GetAsync(agent);
        Assert.Equal(RoutingSubState.Idle, presence.SubState);
        Assert.Equal(silo.Time.GetUtcNow(), presence.IdleSince);
        Assert.Empty(presence.Work);
    }
}
