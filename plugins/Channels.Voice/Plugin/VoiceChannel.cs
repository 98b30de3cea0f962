using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The voice channel as the kernel sees it: an offer rings the agent's registered phone (<see cref="VoiceAgentPhones"/>),
/// an offer returned to the queue stops it ringing, a connected call is bridged to the phone (or answered by the
/// platform when the agent has none); when the kernel ends the contact (wrap-up, close, abandon, failure) both legs
/// are hung up. Closing stamps the disposition (the call's reason) on the interaction's recordings.
/// </summary>
internal sealed class VoiceChannel(VoiceCallRegistry registry, VoicePluginIdentity plugin, VoiceAgentPhones phones, VoiceRecordingStore recordings) : IChannel
{
    public const string ChannelName = "voice";

    public string Name => ChannelName;

    public ChannelKind Kind => ChannelKind.Voice;

    public async ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Interaction.ChannelName != ChannelName
            || (change.Interaction.ChannelPluginId is { } owner && owner != plugin.PluginId))
        {
            return;
        }

        // The call is long gone when the agent closes after wrap-up; its recordings are found by interaction.
        if (change.To == InteractionState.Closed && change.Interaction.Disposition is { } disposition)
        {
            await recordings.SetDispositionAsync(change.InteractionId, disposition.Code, cancellationToken).ConfigureAwait(false);
        }

        if (change.To == InteractionState.Offered && change.AgentId is { } consulted && phones.ConsultationOffered(change.InteractionId, consulted))
        {
            // A consultation to a line's queue: routing chose the agent whose phone the consultation rings.
            return;
        }

        if (registry.Find(change.InteractionId) is not { } session)
        {
            return;
        }

        switch (change.To)
        {
            case InteractionState.Offered when change.AgentId is { } agentId:
                phones.Ring(session, agentId);
                break;
            case InteractionState.Queued when change.From is InteractionState.Offered:
                await phones.StopRingingAsync(session).ConfigureAwait(false);
                break;
            case InteractionState.Connected:
                await phones.ConnectAsync(session).ConfigureAwait(false);
                break;
            case InteractionState.WrapUp or InteractionState.Closed or InteractionState.Abandoned or InteractionState.Failed:
                await session.Call.HangupAsync().ConfigureAwait(false);
                if (session.AgentLeg is { } leg)
                {
                    await leg.HangupAsync().ConfigureAwait(false);
                }

                break;
        }
    }

    public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DeliveryResult.Refused("Voice calls do not carry text messages. / Las llamadas de voz no transportan mensajes de texto."));
}
