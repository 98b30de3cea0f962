using System.Collections.Concurrent;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Bridging;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The B2BUA in the kernel lifecycle: the offer rings the offered agent's registered phone (the phone ringing IS the
/// offer); answering it accepts the offer and bridges the caller to it through the mixer; busy, decline or an early
/// failure rejects the offer (the call returns to its queue); the kernel's offer timeout re-queues and the ringing
/// leg is cancelled. Agents without a registered phone keep the platform-answered behaviour (accept in the UI).
/// The connected phone may transfer blind with REFER (<see cref="TransferAsync"/>): to a line's queue or to another
/// agent's SIP user; the caller hears music on hold until the next agent answers. It may also transfer attended
/// (RFC 5589 §7): its phone calls another agent's SIP user through the platform (<see cref="ConsultAsync"/>), then
/// REFERs the customer's leg with a Replaces naming that consultation; the customer is bridged to the consulted agent's
/// leg, the transferring agent's two legs are released, and the interaction moves to the consulted agent.
/// </summary>
internal sealed partial class VoiceAgentPhones(VoiceSipService sip, IInteractionService interactions, VoiceRecordingStore recordings, VoiceOptions options, Phones.VoicePhoneStore phones, Ivr.VoiceIvr ivr, Ivr.VoiceQueuePositions positions, TimeProvider time, ILogger<VoiceAgentPhones> logger)
{
    private const string NoAgentWarning = "No agent of this line's queue is available to consult / Ningún agente de la cola de esta línea está disponible para consultar";
    private const string ConsultationDisposition = "consultation";
    private readonly ConcurrentDictionary<string, VoiceConsultation> _consultations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _awaitingOffer = new(StringComparer.Ordinal);

    /// <summary>Rings the agent's phone for an offer; false when the agent has no registered phone.</summary>
    public bool Ring(VoiceCallSession session, string agentId)
    {
        SipOutboundCall? handedOver = null;
        lock (session.Sync)
        {
            if (session.Replacing is { } replacing && replacing.AgentId == agentId && !replacing.Leg.Ended.IsCompleted)
            {
                handedOver = replacing.Leg;
                session.AgentLeg = handedOver;
                session.AgentId = agentId;
            }

            session.Replacing = null;
        }

        if (handedOver is not null)
        {
            // Attended transfer: the consulted agent already talks on this leg; answering the offer is immediate.
            _ = Task.Run(() => FollowAsync(session, handedOver, agentId));
            return true;
        }

        var user = phones.PhoneUserFor(agentId);
        var contacts = sip.Calls.Locate(user);
        if (contacts.Count == 0)
        {
            LogNoPhone(logger, agentId, session.InteractionId);
            return false;
        }

        SipOutboundCall leg;
        try
        {
            leg = sip.Calls.Dial(new SipDialRequest(contacts[^1], $"sip:{user}@{options.Realm}", session.CustomerNumber ?? "anonymous", session.CustomerNumber));
        }
        catch (ArgumentException ex)
        {
            LogUnreachable(logger, agentId, ex.Message);
            return false;
        }

        leg.TransferHandler = target => TransferAsync(session, leg, target);
        lock (session.Sync)
        {
            session.AgentLeg = leg;
            session.AgentId = agentId;
        }

        _ = Task.Run(() => FollowAsync(session, leg, agentId));
        return true;
    }

    /// <summary>The offer went back to the queue (timeout, rejection): the phone stops ringing.</summary>
    public async Task StopRingingAsync(VoiceCallSession session)
    {
        SipOutboundCall? leg;
        lock (session.Sync)
        {
            leg = session.Bridge is null ? session.AgentLeg : null;
            session.AgentLeg = leg is null ? session.AgentLeg : null;
        }

        if (leg is not null)
        {
            LogStopRinging(logger, session.InteractionId);
            await leg.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The interaction is Connected: bridge to the answered phone, or answer platform-side when there is none.</summary>
    public async Task ConnectAsync(VoiceCallSession session)
    {
        SipOutboundCall? leg;
        lock (session.Sync)
        {
            leg = session.AgentLeg;
        }

        if (leg is null)
        {
            await session.StopPromptsAsync().ConfigureAwait(false);
            await session.Call.AnswerAsync().ConfigureAwait(false);
            return;
        }

        if (!leg.Outcome.IsCompleted || await leg.Outcome.ConfigureAwait(false) != SipDialOutcome.Answered)
        {
            // Still ringing (accepted in the UI first): FollowAsync bridges when the phone answers.
            return;
        }

        CallBridge bridge;
        CallRecorder? recorder;
        string? agentId;
        DateTimeOffset? started;
        lock (session.Sync)
        {
            if (session.Bridge is not null || session.AgentLeg != leg)
            {
                return;
            }

            session.Bridge = bridge = new CallBridge(session.Call, leg, time);
            var early = session.PreBridge?.HandOver();
            started = early is null ? null : session.PreBridge!.StartedAt;
            session.Recorder = recorder = early ?? (session.Records ? recordings.Open(session.RecordingDraft(time.GetUtcNow())) : null);
            recorder?.Attach(bridge.Mixer);
            agentId = session.AgentId;
        }

        // Music on hold stops before the mixer takes over the caller's RTP sender.
        await session.StopPromptsAsync().ConfigureAwait(false);
        await session.Call.AnswerAsync().ConfigureAwait(false);
        var recordedFrom = started ?? time.GetUtcNow();
        _ = Task.Run(async () =>
        {
            await using (bridge.ConfigureAwait(false))
            {
                LogBridged(logger, session.InteractionId, await bridge.RunAsync().ConfigureAwait(false));
                try
                {
                    await SaveRecordingAsync(session, recorder, agentId, recordedFrom).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Background task boundary: nobody awaits it, so a store failure must be logged here, not lost.
                    LogRecordingFailed(logger, session.InteractionId, ex);
                }
            }

            if (bridge.AgentReleased)
            {
                HoldAfterTransfer(session);
            }
        });
    }

    /// <summary>
    /// A blind transfer asked by the connected phone (REFER): the Refer-To user names a line (its queue) or another
    /// agent's SIP user. Returns the status for the NOTIFY: 200 once the interaction is transferred (the phone's leg is
    /// then released and the caller hears music on hold), 404 for an unknown target, 403 when this leg is not the one
    /// connected, or the target is the same agent or the kernel refuses the move; the call stays bridged on refusal.
    /// </summary>
    private async Task<int> TransferAsync(VoiceCallSession session, SipOutboundCall leg, SipUri target)
    {
        SipReplaces? replaces;
        try
        {
            replaces = SipReplaces.FromReferTo(target);
        }
        catch (SipParseException)
        {
            return SipStatusCodes.BadRequest;
        }

        if (replaces is not null)
        {
            return await TransferAttendedAsync(session, leg, replaces).ConfigureAwait(false);
        }

        var user = target.UserUnescaped ?? string.Empty;
        var phone = phones.Account(user);
        var destination = options.Lines.TryGetValue(user, out var queue) ? TransferTarget.ToQueue(queue, "sip-refer")
            : phone is not null ? TransferTarget.ToAgent(phone.AgentId, "sip-refer")
            : null;
        if (destination is null)
        {
            LogTransferRefused(logger, session.InteractionId, user, "unknown target");
            return SipStatusCodes.NotFound;
        }

        CallBridge bridge;
        string? agentId;
        lock (session.Sync)
        {
            if (session.AgentLeg != leg || session.Bridge is not { } connected || destination.AgentId == session.AgentId)
            {
                LogTransferRefused(logger, session.InteractionId, user, "not the connected agent's leg, or the same agent");
                return SipStatusCodes.Forbidden;
            }

            bridge = connected;
            agentId = session.ReleaseAgent(connected);
            session.HoldLine = destination.QueueId is null ? null : user;
        }

        try
        {
            await interactions.TransferAsync(session.InteractionId, destination).ConfigureAwait(false);
        }
        catch (ContactCenterException ex)
        {
            // Nothing moved: the bridge carries on as before.
            lock (session.Sync)
            {
                session.RestoreAgent(bridge, leg, agentId);
            }

            LogTransferRefused(logger, session.InteractionId, user, ex.Message);
            return ex is EntityNotFoundException ? SipStatusCodes.NotFound : SipStatusCodes.Forbidden;
        }

        LogTransferred(logger, session.InteractionId, agentId ?? "?", destination.QueueId ?? destination.AgentId!);
        return SipStatusCodes.Ok;
    }

    /// <summary>
    /// The agents of a consultation call: the caller is an agent's registered phone (<see cref="ConsultingAgent"/>),
    /// the called user another agent's. Null: not a consultation between two agents.
    /// </summary>
    public (string CallerAgentId, string TargetAgentId)? ConsultationAgents(SipCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var target = phones.Account(call.Called);
        return target is not null && ConsultingAgent(call) is { } caller && caller != target.AgentId ? (caller, target.AgentId) : null;
    }

    /// <summary>
    /// The agent whose phone placed <paramref name="call"/>: its From user is an agent's SIP user and it comes from one
    /// of that user's registered contacts (same address and, over UDP, same port). Null for anyone else (customers,
    /// trunks, an agent's user spoofed from elsewhere).
    /// </summary>
    public string? ConsultingAgent(SipCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var caller = phones.Account(call.Caller);
        if (caller is null || call.TrunkId is not null)
        {
            return null;
        }

        var remote = call.Dialog.Peer.Remote;
        var udp = call.Dialog.Peer.Transport == "UDP";
        var registered = sip.Calls.Locate(caller.User).Any(c => IPAddress.TryParse(c.Host.Trim('[', ']'), out var ip)
            && ip.Equals(remote.Address) && (!udp || (c.Port ?? 5060) == remote.Port));
        return registered ? caller.AgentId : null;
    }

    /// <summary>
    /// Runs a consultation call: rings the consulted agent's phone, answers the caller's leg when it answers (its
    /// refusal or silence is passed back: 486, 603, 480) and bridges the two until either hangs up, or until an
    /// attended transfer takes the consulted agent's leg. No interaction is created: the consultation is the
    /// transferring agent's side talk, the customer's interaction is the one that moves.
    /// </summary>
    public async Task ConsultAsync(SipCall call, string callerAgentId, string targetAgentId)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (DialConsulted(call, targetAgentId) is not { } leg)
        {
            await call.RejectAsync(SipStatusCodes.TemporarilyUnavailable).ConfigureAwait(false);
            return;
        }

        await RunConsultationAsync(new VoiceConsultation(call, leg, callerAgentId, targetAgentId), () => Task.FromResult(true)).ConfigureAwait(false);
    }

    /// <summary>
    /// A consultation to a line's queue (<c>sip:salud@host</c> from an agent's registered phone). The SDK has no way
    /// to pick a queue's agent without work to route, so the platform creates a consultation interaction (internal,
    /// attribute <c>consultation</c>) and queues it on the line's queue: the kernel's routing chooses an agent with the
    /// queue's skills and reserves them (no other offer meanwhile); its offer rings that agent's phone, the answer
    /// accepts it (the agent stays busy while they talk) and the two phones are bridged as between two agents. The
    /// interaction ends with the consultation (contact ended, closed without disposition), before an attended transfer
    /// hands the customer to that agent. Refused with 480 and a Warning, the customer staying on hold with the
    /// consulting agent, when routing's newest snapshot of the queue shows no free agent, when no offer comes within
    /// the ring timeout, when the offer names the consulting agent, or when the chosen agent's phone is not registered.
    /// </summary>
    public async Task ConsultQueueAsync(SipCall call, string callerAgentId, string queueId)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (positions.AgentsAvailable(queueId) == 0)
        {
            await RefuseQueueConsultationAsync(call, queueId, null, "no agent of the queue is available").ConfigureAwait(false);
            return;
        }

        string? interactionId = null;
        var offered = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        string? target;
        try
        {
            var interaction = await interactions.CreateAsync(new NewInteraction
            {
                Channel = ChannelKind.Voice,
                Direction = Direction.Internal,
                ChannelName = VoiceChannel.ChannelName,
                ExternalId = $"consultation:{call.Dialog.Key}",
                Subject = "consultation",
                Attributes = new Dictionary<string, string> { ["consultation"] = "true", ["consultingAgent"] = callerAgentId, ["line"] = call.Line ?? string.Empty },
            }).ConfigureAwait(false);
            interactionId = interaction.Id;
            _awaitingOffer[interactionId] = offered;
            try
            {
                await call.RingAsync().ConfigureAwait(false);
                _ = call.Ended.ContinueWith(_ => offered.TrySetResult(null), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                await interactions.EnqueueAsync(interactionId, new EnqueueRequest { QueueId = queueId }).ConfigureAwait(false);
                target = await offered.Task.WaitAsync(options.AgentRingTimeout, time).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                target = null;
            }
            finally
            {
                _awaitingOffer.TryRemove(interactionId, out _);
            }
        }
        catch (ContactCenterException ex)
        {
            await RefuseQueueConsultationAsync(call, queueId, interactionId, ex.Message).ConfigureAwait(false);
            return;
        }

        if (target is null || target == callerAgentId)
        {
            // Routing never offers a voice consultation to the agent already on the customer's call (voice capacity
            // 1); should a larger capacity let it, the consulting agent is never rung for their own consultation.
            await RefuseQueueConsultationAsync(call, queueId, interactionId, target is not null ? "offered to the consulting agent"
                : call.Ended.IsCompleted ? "the consulting phone hung up first" : "no offer within the ring timeout").ConfigureAwait(false);
            return;
        }

        if (DialConsulted(call, target) is not { } leg)
        {
            await RefuseQueueConsultationAsync(call, queueId, interactionId, $"agent {target}'s phone cannot be called").ConfigureAwait(false);
            return;
        }

        LogQueueConsultation(logger, callerAgentId, queueId, target, interactionId);
        await RunConsultationAsync(new VoiceConsultation(call, leg, callerAgentId, target) { InteractionId = interactionId },
            () => AcceptConsultationAsync(interactionId, target)).ConfigureAwait(false);
    }

    /// <summary>The kernel offered an interaction: true when it is a queue consultation waiting for its agent.</summary>
    public bool ConsultationOffered(string interactionId, string agentId)
    {
        if (!_awaitingOffer.TryGetValue(interactionId, out var offered))
        {
            return false;
        }

        offered.TrySetResult(agentId);
        return true;
    }

    /// <summary>Dials the consulted agent's registered phone; null (logged) when it has none or cannot be called.</summary>
    private SipOutboundCall? DialConsulted(SipCall call, string targetAgentId)
    {
        var user = phones.PhoneUserFor(targetAgentId);
        var contacts = sip.Calls.Locate(user);
        try
        {
            return contacts.Count == 0 ? throw new ArgumentException("not registered") : sip.Calls.Dial(new SipDialRequest(contacts[^1], $"sip:{user}@{options.Realm}", call.Caller ?? "anonymous"));
        }
        catch (ArgumentException ex)
        {
            LogUnreachable(logger, targetAgentId, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Rings the consulted phone for <paramref name="consultation"/> and bridges it to the consulting phone once it
    /// answered and <paramref name="answered"/> agreed; passes the refusal back otherwise. A queue consultation's
    /// interaction is ended before <see cref="VoiceConsultation.Finished"/> completes, so that an attended transfer
    /// waiting for it finds the consulted agent free.
    /// </summary>
    private async Task RunConsultationAsync(VoiceConsultation consultation, Func<Task<bool>> answered)
    {
        var call = consultation.Call;
        var leg = consultation.Leg;
        _consultations[call.Dialog.Key] = consultation;
        try
        {
            await call.RingAsync().ConfigureAwait(false);
            _ = call.Ended.ContinueWith(_ => consultation.Bridge is null ? leg.CancelAsync() : Task.CompletedTask, TaskScheduler.Default).Unwrap();
            var outcome = await RingOutcomeAsync(leg).ConfigureAwait(false);
            if (outcome != SipDialOutcome.Answered || call.Ended.IsCompleted || !await answered().ConfigureAwait(false))
            {
                await leg.HangupAsync().ConfigureAwait(false);
                await call.RejectAsync(outcome switch
                {
                    SipDialOutcome.Busy => SipStatusCodes.BusyHere,
                    SipDialOutcome.Declined => SipStatusCodes.Decline,
                    _ => SipStatusCodes.TemporarilyUnavailable,
                }).ConfigureAwait(false);
                return;
            }

            var bridge = new CallBridge(call, leg, time);
            await using (bridge.ConfigureAwait(false))
            {
                consultation.Bridge = bridge;
                await call.AnswerAsync().ConfigureAwait(false);
                LogConsulting(logger, consultation.CallerAgentId, consultation.TargetAgentId, call.CallId);
                await bridge.RunAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _consultations.TryRemove(call.Dialog.Key, out _);
            if (consultation.InteractionId is { } interactionId)
            {
                await EndConsultationInteractionAsync(interactionId).ConfigureAwait(false);
            }

            consultation.MarkFinished();
        }
    }

    /// <summary>The chosen agent's phone answered the queue consultation: accept its offer (unless already accepted in the UI).</summary>
    private async Task<bool> AcceptConsultationAsync(string interactionId, string agentId)
    {
        try
        {
            await interactions.AcceptOfferAsync(interactionId, agentId).ConfigureAwait(false);
            return true;
        }
        catch (ContactCenterException ex)
        {
            var current = await interactions.GetAsync(interactionId).ConfigureAwait(false);
            LogRaced(logger, interactionId, ex.Message);
            return current is { State: InteractionState.Connected } && current.AgentId == agentId;
        }
    }

    /// <summary>
    /// Ends a queue consultation's interaction however far it got: abandoned while waiting or offered, contact ended
    /// and closed (no disposition: it was no customer's contact) once connected, so its agent is free again.
    /// </summary>
    private async Task EndConsultationInteractionAsync(string interactionId)
    {
        try
        {
            var current = await interactions.GetAsync(interactionId).ConfigureAwait(false);
            switch (current?.State)
            {
                case InteractionState.Created or InteractionState.Queued or InteractionState.Offered:
                    await interactions.AbandonAsync(interactionId, "consultation-ended").ConfigureAwait(false);
                    break;
                case InteractionState.Connected or InteractionState.Held:
                    await interactions.EndContactAsync(interactionId).ConfigureAwait(false);
                    await CloseConsultationAsync(interactionId).ConfigureAwait(false);
                    break;
                case InteractionState.WrapUp:
                    await CloseConsultationAsync(interactionId).ConfigureAwait(false);
                    break;
            }
        }
        catch (ContactCenterException ex)
        {
            // Neither close was allowed (a catalogue that requires its own codes): the agent or the kernel's wrap-up
            // timeout closes it; until then the agent is in after-contact work (see docs/voice.md).
            LogRaced(logger, interactionId, ex.Message);
        }
    }

    /// <summary>
    /// Closes a consultation's interaction after its wrap-up: without a disposition where none is required, else with
    /// <see cref="ConsultationDisposition"/> (accepted by an open catalogue).
    /// </summary>
    private async Task CloseConsultationAsync(string interactionId)
    {
        try
        {
            await interactions.CloseAsync(interactionId, null).ConfigureAwait(false);
        }
        catch (InvalidRequestException)
        {
            await interactions.CloseAsync(interactionId, new DispositionRef(ConsultationDisposition)).ConfigureAwait(false);
        }
    }

    /// <summary>No agent for a queue consultation: its interaction (if any) is abandoned and the phone gets 480 with a Warning.</summary>
    private async Task RefuseQueueConsultationAsync(SipCall call, string queueId, string? interactionId, string reason)
    {
        LogQueueConsultationRefused(logger, call.Caller ?? "?", queueId, reason);
        if (interactionId is not null)
        {
            await EndConsultationInteractionAsync(interactionId).ConfigureAwait(false);
        }

        await call.RejectAsync(SipStatusCodes.TemporarilyUnavailable, NoAgentWarning).ConfigureAwait(false);
    }

    /// <summary>
    /// An attended transfer (REFER with Replaces on the customer's leg): the Replaces must name a live consultation
    /// placed by this agent's phone (481 when it names none, 403 when it is another agent's); the transferring agent's
    /// customer leg is released, its consultation leg ended with BYE, the consulted agent's leg kept and the
    /// interaction transferred to that agent, whose offer takes the leg at once. 200 when done; when the kernel
    /// refuses the move the customer stays with the transferring agent (the consultation is over by then).
    /// </summary>
    private async Task<int> TransferAttendedAsync(VoiceCallSession session, SipOutboundCall leg, SipReplaces replaces)
    {
        if (!_consultations.TryGetValue(SipDialog.KeyOf(replaces.CallId, replaces.ToTag), out var consultation)
            || !string.Equals(consultation.Call.Dialog.RemoteTag, replaces.FromTag, StringComparison.Ordinal)
            || consultation.Bridge is null || consultation.Call.Ended.IsCompleted || consultation.Leg.Ended.IsCompleted)
        {
            LogTransferRefused(logger, session.InteractionId, replaces.CallId, "Replaces names no live consultation");
            return SipStatusCodes.CallDoesNotExist;
        }

        CallBridge bridge;
        string? agentId;
        lock (session.Sync)
        {
            if (session.AgentLeg != leg || session.Bridge is not { } connected || consultation.CallerAgentId != session.AgentId)
            {
                LogTransferRefused(logger, session.InteractionId, replaces.CallId, "the consultation is not this agent's, or this leg is not connected");
                return SipStatusCodes.Forbidden;
            }

            bridge = connected;
            agentId = session.ReleaseAgent(connected);
            session.HoldLine = null;
            session.Replacing = (consultation.TargetAgentId, consultation.Leg);
        }

        // The consulted agent's leg leaves the consultation alive; the transferring agent's consultation leg ends.
        consultation.Bridge.KeepAgent();
        await consultation.Call.HangupAsync().ConfigureAwait(false);
        await consultation.Finished.ConfigureAwait(false);
        consultation.Leg.TransferHandler = target => TransferAsync(session, consultation.Leg, target);
        try
        {
            await interactions.TransferAsync(session.InteractionId, TransferTarget.ToAgent(consultation.TargetAgentId, "sip-refer-attended")).ConfigureAwait(false);
        }
        catch (ContactCenterException ex)
        {
            lock (session.Sync)
            {
                session.RestoreAgent(bridge, leg, agentId);
                session.Replacing = null;
            }

            await consultation.Leg.HangupAsync().ConfigureAwait(false);
            LogTransferRefused(logger, session.InteractionId, consultation.TargetAgentId, ex.Message);
            return ex is EntityNotFoundException ? SipStatusCodes.NotFound : SipStatusCodes.Forbidden;
        }

        // The customer's audio now belongs to the consulted agent's bridge, not to the releasing one.
        bridge.Leave("customer");
        LogTransferredAttended(logger, session.InteractionId, agentId ?? "?", consultation.TargetAgentId);
        return SipStatusCodes.Ok;
    }

    /// <summary>After a transfer released the agent's leg: music on hold, unless the next agent is already bridged.</summary>
    private void HoldAfterTransfer(VoiceCallSession session)
    {
        lock (session.Sync)
        {
            if (session.Bridge is null && !session.Call.Ended.IsCompleted)
            {
                var line = session.HoldLine;
                LogHoldAfterTransfer(logger, session.InteractionId);
                if (line is not null)
                {
                    // Sent to another line's queue: that line and queue decide the next recording.
                    session.Records = options.Records(line, options.QueueFor(line));
                }

                if (session.Records)
                {
                    session.RecordUntilBridged(recordings, time);
                }

                session.StartPrompts(token => ivr.HoldAfterTransferAsync(session.Call, session.InteractionId, line, token));
            }
        }
    }

    private async Task SaveRecordingAsync(VoiceCallSession session, CallRecorder? recorder, string? agentId, DateTimeOffset started)
    {
        if (recorder is null)
        {
            return;
        }

        var interaction = await interactions.GetAsync(session.InteractionId).ConfigureAwait(false);
        if (await recordings.SaveCallAsync(session, recorder, agentId, interaction, started).ConfigureAwait(false) is not { } recording)
        {
            return;
        }

        LogRecorded(logger, session.InteractionId, recording.Id, recording.DurationMs);
    }

    /// <summary>How the phone answered, once it did or the ring timeout cancelled it.</summary>
    private async Task<SipDialOutcome> RingOutcomeAsync(SipOutboundCall leg)
    {
        try
        {
            return await leg.Outcome.WaitAsync(options.AgentRingTimeout, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await leg.CancelAsync().ConfigureAwait(false);
            return await leg.Outcome.ConfigureAwait(false);
        }
    }

    private async Task FollowAsync(VoiceCallSession session, SipOutboundCall leg, string agentId)
    {
        var outcome = await RingOutcomeAsync(leg).ConfigureAwait(false);
        try
        {
            var current = await interactions.GetAsync(session.InteractionId).ConfigureAwait(false);
            if (session.AgentLeg != leg || current is null)
            {
                await leg.HangupAsync().ConfigureAwait(false);
                return;
            }

            switch (outcome, current.State)
            {
                case (SipDialOutcome.Answered, InteractionState.Offered) when current.AgentId == agentId:
                    await interactions.AcceptOfferAsync(session.InteractionId, agentId).ConfigureAwait(false);
                    break;
                case (SipDialOutcome.Answered, InteractionState.Connected):
                    await ConnectAsync(session).ConfigureAwait(false);
                    break;
                case (SipDialOutcome.Answered, _):
                    await leg.HangupAsync().ConfigureAwait(false);
                    break;
                case (_, InteractionState.Offered) when current.AgentId == agentId:
                    LogNotAnswered(logger, agentId, session.InteractionId, outcome, leg.FinalStatus);
                    await interactions.RejectOfferAsync(session.InteractionId, agentId).ConfigureAwait(false);
                    break;
                case (_, InteractionState.Connected) when current.QueueId is { } queue:
                    // Accepted in the UI but the phone never answered: back to the queue rather than a silent call.
                    await interactions.TransferAsync(session.InteractionId, TransferTarget.ToQueue(queue, "agent-phone-unanswered")).ConfigureAwait(false);
                    break;
            }
        }
        catch (ContactCenterException ex)
        {
            // The interaction moved meanwhile (caller hung up, offer expired): the lifecycle already decided.
            LogRaced(logger, session.InteractionId, ex.Message);
            if (outcome == SipDialOutcome.Answered && session.Bridge is null)
            {
                await leg.HangupAsync().ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(7040, LogLevel.Information, "Agent {AgentId} has no registered phone: interaction {InteractionId} is answered by the platform on accept")]
    private static partial void LogNoPhone(ILogger logger, string agentId, string interactionId);

    [LoggerMessage(7041, LogLevel.Warning, "Agent {AgentId}'s phone cannot be called: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string agentId, string reason);

    [LoggerMessage(7042, LogLevel.Information, "Agent {AgentId}'s phone did not answer interaction {InteractionId} ({Outcome}, {Status}): offer rejected")]
    private static partial void LogNotAnswered(ILogger logger, string agentId, string interactionId, SipDialOutcome outcome, int status);

    [LoggerMessage(7043, LogLevel.Information, "Interaction {InteractionId} bridge ended: {Side} hung up first")]
    private static partial void LogBridged(ILogger logger, string interactionId, BridgeEnd side);

    [LoggerMessage(7045, LogLevel.Debug, "Interaction {InteractionId} went back to its queue: the agent's phone stops ringing")]
    private static partial void LogStopRinging(ILogger logger, string interactionId);

    [LoggerMessage(7046, LogLevel.Information, "Interaction {InteractionId} recorded as {RecordingId} ({DurationMs} ms)")]
    private static partial void LogRecorded(ILogger logger, string interactionId, string recordingId, long durationMs);

    [LoggerMessage(7047, LogLevel.Error, "Recording of interaction {InteractionId} could not be stored")]
    private static partial void LogRecordingFailed(ILogger logger, string interactionId, Exception exception);

    [LoggerMessage(7048, LogLevel.Information, "Interaction {InteractionId} transferred by agent {AgentId}'s phone (REFER) to {Target}")]
    private static partial void LogTransferred(ILogger logger, string interactionId, string agentId, string target);

    [LoggerMessage(7049, LogLevel.Information, "Interaction {InteractionId}: REFER to {Target} refused ({Reason})")]
    private static partial void LogTransferRefused(ILogger logger, string interactionId, string target, string reason);

    [LoggerMessage(7140, LogLevel.Information, "Agent {AgentId}'s phone consults agent {TargetAgentId} (call {CallId})")]
    private static partial void LogConsulting(ILogger logger, string agentId, string targetAgentId, string callId);

    [LoggerMessage(7141, LogLevel.Information, "Interaction {InteractionId} transferred attended by agent {AgentId}'s phone (REFER with Replaces) to agent {Target}")]
    private static partial void LogTransferredAttended(ILogger logger, string interactionId, string agentId, string target);

    [LoggerMessage(7142, LogLevel.Information, "Agent {AgentId}'s phone consults queue {QueueId}: routing chose agent {TargetAgentId} (consultation interaction {InteractionId})")]
    private static partial void LogQueueConsultation(ILogger logger, string agentId, string queueId, string targetAgentId, string interactionId);

    [LoggerMessage(7143, LogLevel.Information, "Consultation of queue {QueueId} by {Caller} refused with 480: {Reason}")]
    private static partial void LogQueueConsultationRefused(ILogger logger, string caller, string queueId, string reason);

    [LoggerMessage(7032, LogLevel.Information, "Interaction {InteractionId}: the agent's leg is released, the caller hears music on hold")]
    private static partial void LogHoldAfterTransfer(ILogger logger, string interactionId);

    [LoggerMessage(7044, LogLevel.Debug, "Interaction {InteractionId} moved while its agent leg settled: {Reason}")]
    private static partial void LogRaced(ILogger logger, string interactionId, string reason);
}
