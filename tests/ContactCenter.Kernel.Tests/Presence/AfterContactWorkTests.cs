using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Presence;

/// <summary>After-contact work per the queue's mode, on a real silo with the kernel clock faked.</summary>
public sealed class AfterContactWorkTests
{
    [Fact]
    public async Task Timed_WrapUpRunsOut_ClosedWithTheTimeoutCodeThenTheAgentGetsTheWaitingWork()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await QueueAsync(silo, AfterContactWorkMode.Timed, TimeSpan.FromSeconds(30));
        var agent = await silo.AgentAsync("acw");
        var first = await ConnectedAsync(silo, queue, agent);

        await silo.Interactions.EndContactAsync(first);
        var waiting = await silo.QueuedAsync(queue, ChannelKind.Chat);
        var refused = await silo.Grains.GetGrain<IAgentGrain>(agent).TryReserveAsync(new Reservation { InteractionId = waiting.Id, Channel = ChannelKind.Chat, Version = waiting.Version });
        silo.Time.Advance(TimeSpan.FromSeconds(29));
        var stillWrappingUp = await silo.Interactions.GetAsync(first);

        Assert.False(refused.Reserved);
        Assert.Equal("after-contact work is in progress", refused.Refusal);
        Assert.Equal(InteractionState.WrapUp, stillWrappingUp!.State);
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(waiting.Id))!.State);

        silo.Time.Advance(TimeSpan.FromSeconds(1));
        var closed = await silo.WaitForStateAsync(first, InteractionState.Closed);
        Assert.Equal(DispositionRef.TimeoutCode, closed.Disposition?.Code);
        Assert.Equal(agent, (await silo.WaitForStateAsync(waiting.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Manual_NoTimeout_TheAgentsDispositionClosesItAndFreesTheAgent()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await QueueAsync(silo, AfterContactWorkMode.Manual, TimeSpan.FromSeconds(30));
        var agent = await silo.AgentAsync("acw");
        var first = await ConnectedAsync(silo, queue, agent);

        await silo.Interactions.EndContactAsync(first);
        silo.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(InteractionState.WrapUp, (await silo.Interactions.GetAsync(first))!.State);
        Assert.Equal(RoutingSubState.WrapUp, (await silo.Presence.GetAsync(agent)).SubState);
        var closed = await silo.Interactions.CloseAsync(first, new DispositionRef("claims/new", "Cliente satisfecho"));

        Assert.Equal(("claims/new", "Cliente satisfecho"), (closed.Disposition!.Code, closed.Disposition.Notes));
        Assert.Equal(RoutingSubState.Idle, (await silo.Presence.GetAsync(agent)).SubState);
    }

    [Fact]
    public async Task Timed_AgentClosesBeforeTheTimeout_TheTimerChangesNothing()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await QueueAsync(silo, AfterContactWorkMode.Timed, TimeSpan.FromSeconds(30));
        var agent = await silo.AgentAsync("acw");
        var first = await ConnectedAsync(silo, queue, agent);

        await silo.Interactions.EndContactAsync(first);
        silo.Time.Advance(TimeSpan.FromSeconds(10));
        await silo.Interactions.CloseAsync(first, new DispositionRef("claims/new"));
        silo.Time.Advance(TimeSpan.FromMinutes(1));

        var log = await silo.LogAsync(first);
        Assert.Equal("claims/new", (await silo.Interactions.GetAsync(first))!.Disposition!.Code);
        Assert.Single(log, t => t.To == InteractionState.Closed);
    }

    [Fact]
    public async Task None_CustomerLeaves_ClosedAtOnceWithTheTimeoutCodeAndTheAgentFree()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await QueueAsync(silo, AfterContactWorkMode.None, null);
        var agent = await silo.AgentAsync("acw");
        var first = await ConnectedAsync(silo, queue, agent);

        await silo.Interactions.EndContactAsync(first);

        var closed = await silo.WaitForStateAsync(first, InteractionState.Closed);
        Assert.Equal(DispositionRef.TimeoutCode, closed.Disposition?.Code);
        await silo.WaitForAgentAsync(agent, p => p.SubState == RoutingSubState.Idle && p.Work.Count == 0, "the agent to be idle");
    }

    [Fact]
    public async Task Timed_RestartDuringWrapUp_TheWrapUpStillEndsOnTime()
    {
        var time = new FakeTimeProvider(TestSilo.Start);
        var store = new InMemoryDocumentStore(time);
        string agent, first;
        await using (var before = await TestSilo.StartAsync(store, time))
        {
            var queue = await QueueAsync(before, AfterContactWorkMode.Timed, TimeSpan.FromSeconds(30));
            agent = await before.AgentAsync("acw");
            first = await ConnectedAsync(before, queue, agent);
            await before.Interactions.EndContactAsync(first);
        }

        await using var after = await TestSilo.StartAsync(store, time);
        await after.WaitForAgentAsync(agent, p => p.SubState == RoutingSubState.WrapUp, "the agent to be in wrap-up after the restart");
        time.Advance(TimeSpan.FromSeconds(31));

        var closed = await after.WaitForStateAsync(first, InteractionState.Closed);
        Assert.Equal(DispositionRef.TimeoutCode, closed.Disposition?.Code);
    }

    private static async Task<Queue> QueueAsync(TestSilo silo, AfterContactWorkMode mode, TimeSpan? wrapUpTime)
    {
        var queue = await silo.QueueAsync("acw");
        return await silo.Directory.Queues.SaveAsync(queue with { AfterContactWork = mode, WrapUpTime = wrapUpTime });
    }

    private static async Task<string> ConnectedAsync(TestSilo silo, Queue queue, string agent)
    {
        var queued = await silo.QueuedAsync(queue);
        await silo.WaitForStateAsync(queued.Id, InteractionState.Offered);
        await silo.Interactions.AcceptOfferAsync(queued.Id, agent);
        return queued.Id;
    }
}
