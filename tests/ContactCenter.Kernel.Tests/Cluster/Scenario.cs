using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Cluster;

/// <summary>Directory seeding and lifecycle helpers over a <see cref="TestSilo"/>. Ids get a unique suffix so tests can share a silo.</summary>
internal static class Scenario
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A service line, a skill and a queue requiring it at <paramref name="minLevel"/>.</summary>
    public static async Task<Queue> QueueAsync(this TestSilo silo, string skillId, int minLevel = 1, TimeSpan? offerTimeout = null, string? strategy = null, int priority = 50)
    {
        await silo.Directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        await silo.Directory.Skills.SaveAsync(new Skill { Id = skillId, Name = new(skillId, skillId) });
        return await silo.Directory.Queues.SaveAsync(new Queue
        {
            Id = Unique("q"), Name = new("Queue", "Cola"), ServiceLineId = "autos", RequiredSkills = [new SkillRequirement(skillId, minLevel)],
            OfferTimeout = offerTimeout ?? TimeSpan.FromSeconds(20), Strategy = strategy, Priority = priority,
        });
    }

    /// <summary>An agent with <paramref name="skillId"/> at <paramref name="level"/>, made available unless told otherwise.</summary>
    public static async Task<string> AgentAsync(this TestSilo silo, string skillId, int level = 5, ChannelCapacity? capacity = null, bool available = true, string? id = null)
    {
        if (await silo.Directory.Skills.GetAsync(skillId) is null)
        {
            await silo.Directory.Skills.SaveAsync(new Skill { Id = skillId, Name = new(skillId, skillId) });
        }

        var agent = await silo.Directory.Agents.SaveAsync(new Agent
        {
            Id = id ?? Unique("agent"), DisplayName = "Agent", Skills = [new AgentSkill(skillId, level)], Capacity = capacity ?? ChannelCapacity.Default,
        });
        if (available)
        {
            await silo.Presence.SetStatusAsync(agent.Id, PresenceStatusDefinition.AvailableId);
        }

        return agent.Id;
    }

    public static async Task<Interaction> QueuedAsync(this TestSilo silo, Queue queue, ChannelKind channel = ChannelKind.Voice, int? priority = null)
    {
        var created = await silo.Interactions.CreateAsync(new NewInteraction { Channel = channel });
        return await silo.Interactions.EnqueueAsync(created.Id, new EnqueueRequest { QueueId = queue.Id, Priority = priority });
    }

    public static async Task<Interaction> WaitForAsync(this TestSilo silo, string interactionId, Func<Interaction, bool> condition, string what)
    {
        Interaction? current = null;
        await TestSilo.Eventually(async () => (current = await silo.Interactions.GetAsync(interactionId)) is { } i && condition(i), what);
        return current!;
    }

    public static Task<Interaction> WaitForStateAsync(this TestSilo silo, string interactionId, InteractionState state) =>
        silo.WaitForAsync(interactionId, i => i.State == state, $"interaction {interactionId} to be {state}");

    public static Task<AgentPresence> WaitForAgentAsync(this TestSilo silo, string agentId, Func<AgentPresence, bool> condition, string what) =>
        WaitForPresence(silo, agentId, condition, what);

    /// <summary>The transitions the store's event log holds for an interaction, in order.</summary>
    public static async Task<List<InteractionTransitioned>> LogAsync(this TestSilo silo, string interactionId)
    {
        var events = await silo.Store.ReadEventsAsync(new EventQuery(interactionId), CancellationToken.None);
        Assert.All(events, e => Assert.Equal(EventTypes.InteractionTransitioned, e.Type));
        var codec = silo.Services.GetRequiredService<InteractionCodec>();
        var log = new List<InteractionTransitioned>();
        foreach (var e in events)
        {
            log.Add(await codec.DeserializeEventAsync(e.Json));
        }

        return log;
    }

    /// <summary>The transitions published on the bus for an interaction, in publication order.</summary>
    public static List<InteractionTransitioned> PublishedFor(this TestSilo silo, string interactionId) =>
        silo.Published.Where(e => e.Type == EventTypes.InteractionTransitioned && e.Subject == interactionId)
            .Select(e => e.GetData<InteractionTransitioned>(KernelJson.Options)!)
            .ToList();

    private static async Task<AgentPresence> WaitForPresence(TestSilo silo, string agentId, Func<AgentPresence, bool> condition, string what)
    {
        AgentPresence? current = null;
        await TestSilo.Eventually(async () => condition(current = await silo.Presence.GetAsync(agentId)), what);
        return current!;
    }
}
