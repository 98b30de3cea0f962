using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace CcPlugin.Name;

/// <summary>The channel: the kernel hands it agents' replies and tells it about its interactions' transitions.</summary>
/// <param name="pluginId">This plugin's id: transitions of other plugins' interactions are ignored.</param>
/// <param name="maxMessageLength">The longest reply the medium takes.</param>
public sealed class Channel(string pluginId, int maxMessageLength) : IChannel
{
    /// <summary>The default longest reply, when plugin.json configures none.</summary>
    public const int DefaultMaxMessageLength = 2000;

    /// <inheritdoc />
    public string Name => "main";

    /// <inheritdoc />
    public ChannelKind Kind => ChannelKind.Chat;

    /// <inheritdoc />
    public ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Interaction.ChannelPluginId != pluginId || change.Interaction.ChannelName != Name)
        {
            return ValueTask.CompletedTask;
        }

        // Tell the medium (e.g. "an agent joined"). Delivery is at least once: make this idempotent per
        // (change.InteractionId, change.Version).
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return ValueTask.FromResult(DeliveryResult.Refused("An empty message cannot be sent. / No se puede enviar un mensaje vacío."));
        }

        if (message.Text.Length > maxMessageLength)
        {
            return ValueTask.FromResult(DeliveryResult.Refused(
                $"The message is longer than {maxMessageLength} characters. / El mensaje supera los {maxMessageLength} caracteres."));
        }

        // Hand the text to the medium here; ClientMessageId makes a retried send idempotent.
        return ValueTask.FromResult(DeliveryResult.Ok(message.ClientMessageId));
    }
}
