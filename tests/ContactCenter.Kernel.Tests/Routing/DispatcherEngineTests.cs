using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Routing;

/// <summary>The dispatcher grain driving the routing engine: queue rules that need time, events and snapshots.</summary>
public sealed class DispatcherEngineTests
{
    [Fact]
    public async Task Dispatch_Offer_PublishesTheDecisionWithItsExplanation()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var agent = await silo.AgentAsync("claims");

        var work = await silo.QueuedAsync(queue);
        await silo.WaitForStateAsync(work.Id, InteractionState.Offered);

        await TestSilo.Eventually(() => Task.FromResult(silo.Published.Any(e => e.Type == EventTypes.RoutingDecision && e.Subject == work.Id)), "decision event");
        var decision = silo.Published.First(e => e.Type == EventTypes.RoutingDecision && e.Subject == work.Id).GetData<RoutingDecisionMade>(KernelJson.Options)!;
        Assert.Equal((agent, queue.Id, "longest-idle", false, 1), (decision.AgentId, decision.QueueId, decision.Strategy, decision.FellBack, decision.CandidateCount));
        Assert.Equal("longest idle first", decision.Explanation);
        Assert.Equal(agent, Assert.Single(decision.TopCandidates).AgentId);
    }

    [Fact]
    public async Task Dispatch_OverflowStepPasses_LowerLevelAgentIsOffered()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims", minLevel: 5);
        await silo.Directory.Queues.SaveAsync(queue with { Overflow = [new OverflowStep { After = TimeSpan.FromSeconds(30), LowerMinLevelBy = 3 }] });
        var junior = await silo.AgentAsync("claims", level: 2);
        var work = await silo.QueuedAsync(queue);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(work.Id))!.State);

        silo.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(junior, (await silo.WaitForStateAsync(work.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Dispatch_MaxWaitPasses_WorkMovesToSelfService()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        await silo.Directory.Queues.SaveAsync(queue with { MaxWait = TimeSpan.FromMinutes(2) });
        var work = await silo.QueuedAsync(queue);

        silo.Time.Advance(TimeSpan.FromMinutes(2));

        await silo.WaitForStateAsync(work.Id, InteractionState.SelfService);
    }

    [Fact]
    public async Task QueueSnapshot_WaitingWork_PositionsInServiceOrderWithEstimates()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        await silo.AgentAsync("claims", available: false);
        var normal = await silo.QueuedAsync(queue, priority: 10);
        var urgent = await silo.QueuedAsync(queue, priority: 90);
        var reader = silo.Services.GetRequiredService<IQueueSnapshotReader>();

        QueueSnapshot? snapshot = null;
        await TestSilo.Eventually(async () => (snapshot = await reader.GetAsync(queue.Id)) is { Waiting: 2 }, "two waiting");

        Assert.Equal([urgent.Id, normal.Id], snapshot!.Positions.Select(p => p.InteractionId));
        Assert.All(snapshot.Positions, p => Assert.True(p.EstimatedWait > TimeSpan.Zero));
        Assert.Null(await reader.GetAsync("no-such-queue"));
    }
}
