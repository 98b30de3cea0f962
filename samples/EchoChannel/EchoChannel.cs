using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>
/// The channel: the kernel tells it about its interactions' transitions (recorded as activity lines the customer
/// sees) and hands it agents' replies (stored as outbound messages).
/// </summary>
public sealed class EchoChannel(MessageLog log, IClock clock, PluginVersion plugin) : IChannel
{
    /// <summary>The channel name within the plugin.</summary>
    public const string ChannelName = "echo";

    /// <inheritdoc />
    public string Name => ChannelName;

    /// <inheritdoc />
    public ChannelKind Kind => ChannelKind.Chat;

    /// <inheritdoc />
    public async ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Interaction.ChannelPluginId != plugin.Plugin || change.Interaction.ChannelName != ChannelName)
        {
            // Not this channel's conversation: nothing to tell anyone.
            return;
        }

        var text = change.To switch
        {
            InteractionState.Connected => "Un agente se unió a la conversación. / An agent joined the conversation.",
            InteractionState.Held => "Un momento, por favor. / One moment, please.",
            InteractionState.Closed => "Conversación finalizada. / Conversation ended.",
            _ => null,
        };
        if (text is null || change.Interaction.ExternalId is not { } conversationId)
        {
            return;
        }

        var message = new EchoMessage($"{change.InteractionId}:v{change.Version}", conversationId, change.InteractionId, "activity", text, change.At);
        await log.AddOnceAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return DeliveryResult.Refused("An empty message cannot be sent. / No se puede enviar un mensaje vacío.");
        }

        if (message.Text.Length > InboundMessage.MaxTextLength)
        {
            return DeliveryResult.Refused(
                $"The message is longer than {InboundMessage.MaxTextLength} characters. / El mensaje supera los {InboundMessage.MaxTextLength} caracteres.");
        }

        var conversationId = message.Options.TryGetValue("conversationId", out var id) ? id : message.InteractionId;
        var stored = new EchoMessage($"out:{message.ClientMessageId}", conversationId, message.InteractionId, "out", message.Text, clock.UtcNow);
        var (saved, _) = await log.AddOnceAsync(stored, cancellationToken).ConfigureAwait(false);
        return DeliveryResult.Ok(saved.Id);
    }
}
