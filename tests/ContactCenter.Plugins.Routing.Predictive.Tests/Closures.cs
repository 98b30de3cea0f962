using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Routing;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Routing.Predictive.Tests;

/// <summary>Closed interactions as the kernel publishes them, and routing requests for the queue they were in.</summary>
internal static class Closures
{
    public const string Queue = "q-billing";
    private static readonly System.Text.Json.JsonSerializerOptions Json = ContactCenterJson.CreateOptions();

    public static CloudEvent Closed(
        string id, string agentId, DateTimeOffset at, bool resolved, string? contactId = null, int handleSeconds = 300, Direction direction = Direction.Inbound)
    {
        var connected = at.AddSeconds(-handleSeconds);
        var interaction = new Interaction
        {
            Id = id, Channel = ChannelKind.Voice, Direction = direction, State = InteractionState.Closed, Version = 9, QueueId = Queue,
            ContactId = contactId, AgentId = agentId, CreatedAt = connected.AddSeconds(-30), StateChangedAt = at,
            Legs = [new InteractionLeg { Number = 1, QueueId = Queue, AgentId = agentId, StartedAt = connected.AddSeconds(-30), ConnectedAt = connected, EndedAt = at }],
            Disposition = new DispositionRef(resolved ? "billing/fixed" : "billing/unresolved"),
        };
        var change = new InteractionTransitioned
        {
            InteractionId = id, From = InteractionState.WrapUp, To = InteractionState.Closed, At = at, Version = 9, Channel = ChannelKind.Voice,
            QueueId = Queue, AgentId = agentId, Leg = 1, Interaction = interaction,
        };
        return CloudEvent.Create(EventTypes.InteractionTransitioned, "/kernel", id, at, change, Json);
    }

    /// <summary>Publishes closures: <paramref name="count"/> each for a good agent (all resolved) and a poor one (none).</summary>
    public static async Task PublishHistoryAsync(PluginTestKernel kernel, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var at = kernel.Clock.UtcNow.AddMinutes(-count + i);
            await kernel.Events.PublishAsync(Closed($"g{i}", "good", at, resolved: true));
            await kernel.Events.PublishAsync(Closed($"p{i}", "poor", at, resolved: false));
        }
    }

    public static RoutingRequest Request(DateTimeOffset now) => new()
    {
        InteractionId = "i-new", QueueId = Queue, Channel = ChannelKind.Voice, Priority = 50, WaitingSince = now, Now = now,
        // The poor agent has idled longer: longest idle would pick it, the model should not.
        Candidates = [new RoutingCandidate { AgentId = "good", IdleSince = now.AddMinutes(-1) }, new RoutingCandidate { AgentId = "poor", IdleSince = now.AddMinutes(-10) }],
    };

    public static async Task<int> CountAsync(PluginTestKernel kernel, string collection)
    {
        var page = await kernel.Store.Collection<System.Text.Json.Nodes.JsonObject>(collection).QueryAsync(new() { PageSize = 1000 });
        return page.Items.Count;
    }

    /// <summary>Waits (wall clock, bounded) until the plugin's mailbox has stored <paramref name="expected"/> outcomes.</summary>
    public static async Task WaitForOutcomesAsync(PluginTestKernel kernel, int expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await CountAsync(kernel, "outcomes") < expected)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
