using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Plugins.Channels.WebChat.Sessions;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Plugins.Channels.WebChat.Plugin;

/// <summary>
/// One inbox's channel. Agents' replies are already stored by the kernel when they reach <see cref="SendAsync"/>: the
/// widget gets them from the conversation (live, or on reconnect), so accepting is all there is to do; their files
/// appear as download buttons the widget opens with its session token. Once an agent
/// has the interaction (or it ended), the widget stops showing a queue position.
/// </summary>
internal sealed class WebChatChannel(string name, PluginStartupContext plugin, SessionRegistry registry) : IChannel
{
    public string Name => name;

    public ChannelKind Kind => ChannelKind.Chat;

    public async ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Interaction.ChannelPluginId != plugin.PluginId || change.Interaction.ChannelName != name)
        {
            return;
        }

        if (change.To is InteractionState.Created or InteractionState.Queued or InteractionState.Offered || registry.ConversationOf(change.InteractionId) is not { } conversationId)
        {
            return;
        }

        // Idempotent: a redelivered transition sends the same "no longer waiting" frame again, which the widget ignores.
        var frame = ServerFrames.Queue(null, null);
        foreach (var session in registry.ForConversation(conversationId))
        {
            await session.SendAsync(frame, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text) && message.Attachments.Count == 0)
        {
            return ValueTask.FromResult(DeliveryResult.Refused("An empty message cannot be sent. / No se puede enviar un mensaje vacío."));
        }

        if (message.Text.Length > WebChatOptions.MaxTextLength)
        {
            return ValueTask.FromResult(DeliveryResult.Refused(
                $"The message is longer than {WebChatOptions.MaxTextLength} characters. / El mensaje supera los {WebChatOptions.MaxTextLength} caracteres."));
        }

        return ValueTask.FromResult(DeliveryResult.Ok(message.ClientMessageId));
    }
}
