using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The voice channel as the kernel sees it: when one of its calls is connected to an agent the call is answered
/// (200 with SDP, media flows); when the kernel ends the contact (wrap-up, close, abandon, failure) the call is hung up.
/// </summary>
internal sealed class VoiceChannel(VoiceCallRegistry registry, VoicePluginIdentity plugin) : IChannel
{
    public const string ChannelName = "voice";

    public string Name => ChannelName;

    public ChannelKind Kind => ChannelKind.Voice;

    public async ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Interaction.ChannelName != ChannelName
            || (change.Interaction.ChannelPluginId is { } owner && owner != plugin.PluginId)
            || registry.Find(change.InteractionId) is not { } call)
        {
            return;
        }

        switch (change.To)
        {
            case InteractionState.Connected:
                await call.AnswerAsync().ConfigureAwait(false);
                break;
            case InteractionState.WrapUp or InteractionState.Closed or InteractionState.Abandoned or InteractionState.Failed:
                await call.HangupAsync().ConfigureAwait(false);
                break;
        }
    }

    public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DeliveryResult.Refused("Voice calls do not carry text messages. / Las llamadas de voz no transportan mensajes de texto."));
}
