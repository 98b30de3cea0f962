using System.Globalization;
using System.Runtime.CompilerServices;
using ContactCenter.Kernel;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Sdk.Testing.Conformance;

/// <summary>The lifecycle walks and helpers the channel suite uses.</summary>
public abstract partial class ChannelConformance
{
    private const string OtherPluginId = "cc.conformance.other-plugin";
    private int _messageSequence;
    private (string Name, ChannelKind Kind)? _identity;

    /// <summary>A new interaction the channel under test owns, as its inbound side would create it.</summary>
    /// <param name="externalId">The conversation id on the channel's side.</param>
    /// <returns>The interaction, in <see cref="InteractionState.Created"/>.</returns>
    protected virtual ValueTask<Interaction> CreateOwnedAsync(string externalId)
    {
        // Read once: a channel that fails repeatedly is faulted by the kernel's breaker, and the walk must still finish
        // so that the failures are reported as such.
        var (name, kind) = _identity ??= Describe();
        return Kernel.Interactions.CreateForChannelAsync(
            new NewInteraction { Channel = kind, ChannelName = name, ExternalId = externalId, Subject = "conformance" }, Kernel.PluginId);
    }

    /// <summary>An agent's reply as the kernel would hand it to the channel.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    protected virtual OutboundMessage Message(string interactionId, string text) => new()
    {
        InteractionId = interactionId,
        ClientMessageId = "conformance-" + Interlocked.Increment(ref _messageSequence).ToString(CultureInfo.InvariantCulture),
        Text = text,
        AgentId = "agent-1",
    };

    /// <summary>Walks owned interactions through every path of the lifecycle (each transition reaches the channel).</summary>
    /// <param name="tag">Makes the external ids unique to the caller.</param>
    /// <returns>The work.</returns>
    protected async Task WalkEveryPathAsync(string tag)
    {
        foreach (var (path, index) in Paths.Select((p, i) => (p, i)))
        {
            var interaction = await CreateOwnedAsync($"{tag}-{index}").ConfigureAwait(false);
            await path(Kernel.Interactions, interaction.Id).ConfigureAwait(false);
        }
    }

    private static IReadOnlyList<Func<Doubles.TestInteractionService, string, Task>> Paths { get; } =
    [
        async (s, id) =>
        {
            await s.EnqueueAsync(id, new EnqueueRequest { QueueId = "q-1" }).ConfigureAwait(false);
            await s.OfferAsync(id, "agent-1").ConfigureAwait(false);
            await s.RejectOfferAsync(id, "agent-1").ConfigureAwait(false);
            await s.OfferAsync(id, "agent-1").ConfigureAwait(false);
            await s.AcceptOfferAsync(id, "agent-1").ConfigureAwait(false);
            await s.HoldAsync(id).ConfigureAwait(false);
            await s.ResumeAsync(id).ConfigureAwait(false);
            await s.TransferAsync(id, new TransferTarget { QueueId = "q-2" }).ConfigureAwait(false);
            await s.OfferAsync(id, "agent-2").ConfigureAwait(false);
            await s.AcceptOfferAsync(id, "agent-2").ConfigureAwait(false);
            await s.EndContactAsync(id).ConfigureAwait(false);
            await s.CloseAsync(id, new DispositionRef("resolved")).ConfigureAwait(false);
        },
        async (s, id) =>
        {
            await s.EnqueueAsync(id, new EnqueueRequest { QueueId = "q-1" }).ConfigureAwait(false);
            await s.OfferAsync(id, "agent-1").ConfigureAwait(false);
            await s.AcceptOfferAsync(id, "agent-1").ConfigureAwait(false);
            await s.TransferAsync(id, new TransferTarget { AgentId = "agent-3" }).ConfigureAwait(false);
            await s.AcceptOfferAsync(id, "agent-3").ConfigureAwait(false);
            await s.EndContactAsync(id).ConfigureAwait(false);
            await s.CloseAsync(id, new DispositionRef("resolved")).ConfigureAwait(false);
        },
        async (s, id) =>
        {
            await s.StartSelfServiceAsync(id).ConfigureAwait(false);
            await s.CloseAsync(id, null).ConfigureAwait(false);
        },
        async (s, id) =>
        {
            await s.EnqueueAsync(id, new EnqueueRequest { QueueId = "q-1" }).ConfigureAwait(false);
            await s.AbandonAsync(id, "customer left").ConfigureAwait(false);
        },
        async (s, id) =>
        {
            await s.ConnectAsync(id, "agent-1").ConfigureAwait(false);
            await s.FailAsync(id, "conformance failure").ConfigureAwait(false);
        },
    ];

    /// <summary>
    /// Transitions of interactions the channel does not own: one of another plugin's channel with the same name, one of
    /// this plugin under another channel name. The kernel never hands them over; a channel must still ignore them.
    /// </summary>
    private async Task<IReadOnlyList<InteractionTransitioned>> ForeignTransitionsAsync()
    {
        var (name, kind) = _identity ??= Describe();
        var owners = new[] { (Plugin: OtherPluginId, Channel: name), (Plugin: Kernel.PluginId, Channel: "cc-conformance-other-channel") };
        var ids = new List<string>();
        foreach (var (owner, index) in owners.Select((o, i) => (o, i)))
        {
            var interaction = await Kernel.Interactions.CreateForChannelAsync(
                new NewInteraction { Channel = kind, ChannelName = owner.Channel, ExternalId = $"foreign-{index}" }, owner.Plugin).ConfigureAwait(false);
            await Paths[0](Kernel.Interactions, interaction.Id).ConfigureAwait(false);
            ids.Add(interaction.Id);
        }

        return Kernel.Events.Published
            .Where(e => e.Type == EventTypes.InteractionTransitioned && ids.Contains(e.Subject ?? string.Empty))
            .Select(e => e.GetData<InteractionTransitioned>(KernelJson.Options)!)
            .ToList();
    }

    /// <summary>Calls the channel itself, not through the gateway, so that a thrown exception fails the test as itself.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<DeliveryResult> SendDirectAsync(OutboundMessage message) =>
        await Channel().SendAsync(message, CancellationToken.None).ConfigureAwait(false);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (string Name, ChannelKind Kind) Describe()
    {
        var channel = Channel();
        return (channel.Name, channel.Kind);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private IChannel Channel()
    {
        var channels = Kernel.Channels;
        return ChannelName is { } name
            ? channels.FirstOrDefault(c => c.Name == name) ?? throw new InvalidOperationException($"The plugin registers no channel named '{name}'.")
            : channels.Count == 1 ? channels[0] : throw new InvalidOperationException($"The plugin registers {channels.Count} channels: override ChannelName.");
    }
}
