using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Routing;

/// <summary>
/// Directory edits reach waiting work at once: the resync is pushed out of reach (an hour), so only the edit itself
/// can make routing see the new skills or rules.
/// </summary>
public sealed class DirectoryEditTests
{
    [Fact]
    public async Task SaveAgent_SkillLevelRaised_WaitingWorkOfferedWithoutAResync()
    {
        await using var silo = await StartAsync();
        var queue = await silo.QueueAsync("claims", minLevel: 5);
        var agent = await silo.AgentAsync("claims", level: 3);
        var waiting = await silo.QueuedAsync(queue);
        await Task.Delay(300);
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(waiting.Id))!.State);

        var entry = (await silo.Directory.Agents.GetAsync(agent))!;
        await silo.Directory.Agents.SaveAsync(entry with { Skills = [new AgentSkill("claims", 6)] });

        Assert.Equal(agent, (await silo.WaitForStateAsync(waiting.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task SaveQueue_MinimumLevelLowered_WaitingWorkOfferedWithoutAResync()
    {
        await using var silo = await StartAsync();
        var queue = await silo.QueueAsync("claims", minLevel: 5);
        var agent = await silo.AgentAsync("claims", level: 3);
        var waiting = await silo.QueuedAsync(queue);
        await Task.Delay(300);
        Assert.Equal(InteractionState.Queued, (await silo.Interactions.GetAsync(waiting.Id))!.State);

        var stored = (await silo.Directory.Queues.GetAsync(queue.Id))!;
        await silo.Directory.Queues.SaveAsync(stored with { RequiredSkills = [new SkillRequirement("claims", 3)] });

        Assert.Equal(agent, (await silo.WaitForStateAsync(waiting.Id, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task DeleteAgent_WhileAvailable_PresenceNotFoundAndWaitingWorkNotOffered()
    {
        await using var silo = await StartAsync();
        var queue = await silo.QueueAsync("claims");
        var kept = await silo.AgentAsync("claims", available: false);
        var deleted = await silo.AgentAsync("claims");
        await silo.WaitForAgentAsync(deleted, p => p.IsRoutable, "the agent to be available");

        Assert.True(await silo.Directory.Agents.DeleteAsync(deleted));
        await TestSilo.Eventually(async () =>
        {
            try
            {
                await silo.Presence.GetAsync(deleted);
                return false;
            }
            catch (EntityNotFoundException)
            {
                return true;
            }
        }, "presence to forget the deleted agent");
        var waiting = await silo.QueuedAsync(queue);
        await Task.Delay(300);
        var stillWaiting = (await silo.Interactions.GetAsync(waiting.Id))!.State;
        await silo.Presence.SetStatusAsync(kept, PresenceStatusDefinition.AvailableId);

        Assert.Equal(InteractionState.Queued, stillWaiting);
        Assert.Equal(kept, (await silo.WaitForStateAsync(waiting.Id, InteractionState.Offered)).AgentId);
    }

    private static Task<TestSilo> StartAsync() =>
        TestSilo.StartAsync(configure: services => services.Configure<RoutingOptions>(o => o.ResyncInterval = TimeSpan.FromHours(1)));
}
