using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// Inbound calls into the kernel lifecycle: each call becomes a voice interaction (external id = Call-ID) queued on
/// its line's queue while the caller hears ringing; <see cref="VoiceChannel"/> answers when an agent is connected.
/// When the caller hangs up the interaction ends (connected) or is abandoned (still waiting).
/// </summary>
internal sealed partial class VoiceCallApplication(IInteractionService interactions, VoiceOptions options, VoiceCallRegistry registry, ILogger<VoiceCallApplication> logger) : ISipCallApplication
{
    public async Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken)
    {
        if (options.QueueFor(call.Called) is not { } queueId)
        {
            LogUnknownLine(logger, call.Called ?? "?", call.CallId);
            await call.RejectAsync(SipStatusCodes.NotFound).ConfigureAwait(false);
            return;
        }

        var interaction = await interactions.CreateAsync(
            new NewInteraction
            {
                Channel = ChannelKind.Voice,
                ChannelName = VoiceChannel.ChannelName,
                ExternalId = call.CallId,
                Subject = call.Caller,
                Attributes = new Dictionary<string, string> { ["from"] = call.Caller ?? string.Empty, ["to"] = call.Called ?? string.Empty },
            },
            cancellationToken).ConfigureAwait(false);
        registry.Add(interaction.Id, call);
        try
        {
            await call.RingAsync().ConfigureAwait(false);
            await interactions.EnqueueAsync(interaction.Id, new EnqueueRequest { QueueId = queueId }, cancellationToken).ConfigureAwait(false);
            var reason = await call.Ended.ConfigureAwait(false);
            await EndInteractionAsync(interaction.Id, reason, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            registry.Remove(interaction.Id);
        }
    }

    private async Task EndInteractionAsync(string interactionId, SipCallEndReason reason, CancellationToken cancellationToken)
    {
        var current = await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
        switch (current?.State)
        {
            case InteractionState.Connected or InteractionState.Held:
                await interactions.EndContactAsync(interactionId, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionState.Created or InteractionState.SelfService or InteractionState.Queued or InteractionState.Offered:
                await interactions.AbandonAsync(interactionId, reason == SipCallEndReason.Cancelled ? "caller-cancelled" : "caller-hung-up", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    [LoggerMessage(7030, LogLevel.Information, "Voice call {CallId} to unknown line {Called} rejected with 404")]
    private static partial void LogUnknownLine(ILogger logger, string called, string callId);
}
