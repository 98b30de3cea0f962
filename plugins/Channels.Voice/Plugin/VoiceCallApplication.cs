using ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// Inbound calls into the kernel lifecycle: each call becomes a voice interaction (external id = Call-ID). A line
/// without a flow is queued on its queue at once while the caller hears ringing; a line with one (<c>ivr</c>) is
/// answered, greets, runs its DTMF menu (which picks the queue) and plays music on hold with announcements while
/// queued; with early media on for the line (<see cref="VoiceOptions.EarlyMediaOn"/>) the same audio follows a 183 and
/// the 200 waits for the agent, at most <see cref="VoiceOptions.EarlyMediaMax"/>. <see cref="VoiceChannel"/> answers or bridges when an agent is connected. When the caller hangs up the
/// interaction ends (connected) or is abandoned (in the greeting/menu, or still waiting). A call from an agent's
/// registered phone to another agent's SIP user is a consultation (<see cref="VoiceAgentPhones.ConsultAsync"/>); to a
/// line's user, a consultation with an agent routing chooses in that line's queue (<see cref="VoiceAgentPhones.ConsultQueueAsync"/>).
/// </summary>
internal sealed partial class VoiceCallApplication(IInteractionService interactions, VoiceOptions options, VoiceCallRegistry registry, VoiceIvr ivr, Lazy<VoiceAgentPhones> phones, Recordings.VoiceRecordingStore recordings, TimeProvider time, ILogger<VoiceCallApplication> logger) : ISipCallApplication
{
    public async Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken)
    {
        if (call.Line is { } line && options.Lines.TryGetValue(line, out var lineQueue) && phones.Value.ConsultingAgent(call) is { } consulting)
        {
            // An agent's phone calling a line: a consultation with one of that line's queue agents, not a new customer.
            await phones.Value.ConsultQueueAsync(call, consulting, lineQueue).ConfigureAwait(false);
            return;
        }

        if (options.QueueFor(call.Line) is not { } queueId)
        {
            if (phones.Value.ConsultationAgents(call) is { } consultation)
            {
                // An agent's phone calling another agent: a consultation (attended transfer), not a customer's call.
                await phones.Value.ConsultAsync(call, consultation.CallerAgentId, consultation.TargetAgentId).ConfigureAwait(false);
                return;
            }

            LogUnknownLine(logger, call.Line ?? call.Called ?? "?", call.CallId);
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
                Attributes = Attributes(call),
            },
            cancellationToken).ConfigureAwait(false);
        var session = registry.Add(interaction.Id, call);
        session.Records = options.Records(call.Line, queueId);
        if (session.Records)
        {
            session.RecordUntilBridged(recordings, time);
        }

        using var prompts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var earlyBound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        session.CancelPrompts = () =>
        {
            try
            {
                prompts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The call is over and its prompts with it.
            }
        };
        _ = call.Ended.ContinueWith(_ => session.CancelPrompts(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            if (ivr.FlowFor(call.Line) is { } flow)
            {
                if (options.EarlyMediaOn(call.Line))
                {
                    // The bound runs from before the 183: greeting, menu and queue alike count towards it.
                    _ = BoundEarlyMediaAsync(call, interaction.Id, earlyBound.Token);
                }

                try
                {
                    queueId = await ivr.GreetAndChooseAsync(call, flow, queueId, options.EarlyMediaOn(call.Line), prompts.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (call.Ended.IsCompleted)
                {
                    LogLeftInFlow(logger, call.CallId, interaction.Id);
                    await EndInteractionAsync(interaction.Id, await call.Ended.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                    return;
                }

                // Hold audio starts before the enqueue so that an agent connected at once finds it to stop.
                session.Prompts = ivr.HoldAsync(call, interaction.Id, flow, prompts.Token);
            }
            else
            {
                await call.RingAsync().ConfigureAwait(false);
            }

            await interactions.EnqueueAsync(interaction.Id, new EnqueueRequest { QueueId = queueId }, cancellationToken).ConfigureAwait(false);
            var reason = await call.Ended.ConfigureAwait(false);
            await EndInteractionAsync(interaction.Id, reason, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await earlyBound.CancelAsync().ConfigureAwait(false);
            await registry.EndAsync(session, recordings, interactions).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Early media lasts at most <see cref="VoiceOptions.EarlyMediaMax"/>: a call still unanswered then (no agent yet)
    /// is answered with the 200 OK and carries on as an answered call, its queue music included; logged (7241).
    /// </summary>
    private async Task BoundEarlyMediaAsync(SipCall call, string interactionId, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.EarlyMediaMax, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The call ended (or the plugin stops) first.
            return;
        }

        if (call.State is SipCallState.EarlyMedia && await call.AnswerAsync().ConfigureAwait(false))
        {
            LogEarlyMediaBound(logger, call.CallId, interactionId, (int)options.EarlyMediaMax.TotalSeconds);
        }
    }

    /// <summary>Caller and dialled user as they came; the line and trunk when a DID was mapped through a trunk.</summary>
    private static Dictionary<string, string> Attributes(SipCall call)
    {
        var attributes = new Dictionary<string, string> { ["from"] = call.Caller ?? string.Empty, ["to"] = call.Called ?? string.Empty };
        if (call.Line is { } line && !string.Equals(line, call.Called, StringComparison.Ordinal))
        {
            attributes["line"] = line;
        }

        if (call.TrunkId is { } trunk)
        {
            attributes["trunk"] = trunk;
        }

        return attributes;
    }

    private Task EndInteractionAsync(string interactionId, SipCallEndReason reason, CancellationToken cancellationToken) =>
        CustomerCallEnding.EndAsync(interactions, interactionId, selfServiceCloses: false,
            reason == SipCallEndReason.Cancelled ? "caller-cancelled" : "caller-hung-up", cancellationToken);

    [LoggerMessage(7241, LogLevel.Information, "Voice call {CallId} (interaction {InteractionId}) still had no agent after {Seconds} s of early media: answered (200 OK)")]
    private static partial void LogEarlyMediaBound(ILogger logger, string callId, string interactionId, int seconds);

    [LoggerMessage(7030, LogLevel.Information, "Voice call {CallId} to unknown line {Called} rejected with 404")]
    private static partial void LogUnknownLine(ILogger logger, string called, string callId);

    [LoggerMessage(7031, LogLevel.Information, "Voice call {CallId} ended during its greeting or menu: interaction {InteractionId} abandoned")]
    private static partial void LogLeftInFlow(ILogger logger, string callId, string interactionId);
}
