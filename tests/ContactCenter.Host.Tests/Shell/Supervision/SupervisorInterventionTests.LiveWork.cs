using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Shell.Supervision;

/// <summary>
/// The wallboard's live work list on the real demo host: built from the rows the wallboard just read (no presence read
/// again), each contact read once and then kept current by its transition events.
/// </summary>
public sealed partial class SupervisorInterventionTests
{
    [Fact]
    public async Task LiveWorkCache_ContactMovesAfterItsFirstRead_TheNewStateComesFromTheEventNotAnotherRead()
    {
        var chat = await QueuedChatAsync("live-work-1");
        await Presence().SetStatusAsync("agent4", "available");
        await using var scope = _host.App.Services.CreateAsyncScope();
        var cache = scope.ServiceProvider.GetRequiredService<LiveWorkCache>();

        var first = Assert.Single(await cache.ReadAsync([chat.Id, "no-such-interaction"], CancellationToken.None));
        var again = Assert.Single(await cache.ReadAsync([chat.Id], CancellationToken.None));
        Assert.Equal((InteractionState.Queued, InteractionState.Queued, 2), (first.State, again.State, cache.Reads));

        var outcome = await scope.ServiceProvider.GetRequiredService<InteractionReassigning>().ReassignAsync(Supervisor(), chat.Id, "agent4", null, CancellationToken.None);
        Assert.True(outcome.Done, outcome.Reason);
        var moved = await EventuallyAsync(async () => Assert.Single(await cache.ReadAsync([chat.Id], CancellationToken.None)), i => i.State == InteractionState.Offered);

        Assert.Equal(("agent4", 2), (moved.AgentId, cache.Reads));
        Assert.Empty(await cache.ReadAsync([], CancellationToken.None));
        Assert.Equal(InteractionState.Offered, Assert.Single(await cache.ReadAsync([chat.Id], CancellationToken.None)).State);
        Assert.Equal(3, cache.Reads);
    }

    [Fact]
    public async Task TargetsAsync_FromTheWallboardsRows_ListsTheTeamsWaitingWorkAndItsAvailableAgentsOnly()
    {
        var chat = await QueuedChatAsync("live-work-2");
        await Presence().SetStatusAsync("agent3", "available");
        await Presence().SetStatusAsync("agent1", "available");
        await using var scope = _host.App.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<SupervisorDesk>().LoadAsync(Supervisor(), CancellationToken.None);

        var targets = await scope.ServiceProvider.GetRequiredService<InteractionReassigning>()
            .TargetsAsync(Supervisor(), view.Agents, scope.ServiceProvider.GetRequiredService<LiveWorkCache>(), CancellationToken.None);

        Assert.Contains(targets.Work, i => i.Id == chat.Id && i.State == InteractionState.Queued);
        Assert.Contains(targets.Agents, a => a.Id == "agent3");
        Assert.DoesNotContain(targets.Agents, a => a.Id == "agent1");
        Assert.All(targets.Queues, q => Assert.Equal("salud", q.ServiceLineId));
    }
}
