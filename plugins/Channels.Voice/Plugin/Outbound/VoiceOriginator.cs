using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Voice;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Outbound;

/// <summary>
/// Outbound calls from a service line through its trunk (<c>outboundLines</c>), behind <see cref="IVoiceCalls.OriginateAsync"/>.
/// The request is checked first (a configured outbound line, its trunk registered when it registers, a phone number
/// that normalises to E.164): a refusal creates and sends nothing. Then a voice interaction is created (direction
/// outbound, the number as its subject and <c>to</c>, the line and trunk as attributes, the Call-ID as external id),
/// the INVITE leaves with the line's caller id (From and P-Asserted-Identity), and the interaction id is returned at
/// once: the kernel bounds a contract call to seconds, a called party rings for up to the line's ring timeout. How
/// the call went is told on the interaction: answered → a call session like an inbound call's (registered in
/// <see cref="VoiceCallRegistry"/>: played to, digits collected, bridged and recorded), queued on the line's queue
/// (<c>lines</c>, else <c>defaultQueueId</c>; no greeting) so that an agent is offered it and their phone rings, or
/// in self-service when the line has no queue (the calling plugin plays, collects digits, bridges or hangs up);
/// ended when either side hangs up; busy, no answer and rejected → abandoned with that reason; the trunk
/// unreachable → failed. Each placement and each outcome is audited (never the number: it is personal data).
/// </summary>
internal sealed partial class VoiceOriginator(
    VoiceSipService sip,
    VoiceTrunkRegistrations registrations,
    VoiceCallRegistry registry,
    Recordings.VoiceRecordingStore recordings,
    IInteractionService interactions,
    IAuditTrail audit,
    VoiceOptions options,
    TimeProvider time,
    ILogger<VoiceOriginator> logger)
{
    /// <summary>The interaction reasons of a call that was not answered.</summary>
    public const string Busy = "busy";
    public const string NoAnswer = "no-answer";
    public const string Rejected = "rejected";
    public const string TrunkDown = "trunk-down";
    /// <summary>The carrier answered with media we cannot use (e.g. plain RTP on a trunk with <c>srtp: mandatory</c>): ended with BYE at once.</summary>
    public const string MediaRefused = "media-refused";
    /// <summary>Hung up through the voice contract, while ringing (cancelled) or once answered and still waiting.</summary>
    public const string HungUp = "hung-up";

    private readonly ConcurrentDictionary<string, VoiceOriginatedCall> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _hangups = new(StringComparer.Ordinal);

    /// <summary>The live originated call of <paramref name="interactionId"/>, or null.</summary>
    public VoiceOriginatedCall? Find(string interactionId) => _calls.GetValueOrDefault(interactionId);

    public async ValueTask<VoiceResult<string>> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken)
    {
        var (placement, refusal) = Check(request);
        if (placement is not (var line, var trunk, var number))
        {
            LogRefused(logger, request?.ServiceLine ?? "?", refusal?.Reason ?? string.Empty);
            return refusal!;
        }

        var callerNumber = line.CallerIdNumber ?? trunk.CallerIdNumber;
        var callerName = line.CallerIdName ?? trunk.CallerIdName;
        SipCallManager calls;
        SipTrunkHop hop;
        try
        {
            calls = sip.Calls;
            if (calls.IsDraining)
            {
                return Refuse(VoiceFailure.Unreachable, "The voice channel is being upgraded: no new calls now. / El canal de voz se está actualizando: ahora no se pueden hacer llamadas.", line.Line);
            }
        }
        catch (InvalidOperationException ex)
        {
            return Refuse(VoiceFailure.Unreachable, $"The trunk '{trunk.Id}' cannot be reached: {ex.Message} / No se puede llegar a la troncal '{trunk.Id}'.", line.Line);
        }

        var route = registrations.Route is { } started
            ? await started.ConnectAsync(trunk.Proxy!, cancellationToken).ConfigureAwait(false)
            : new SipTrunkResult(SipTrunkReach.Unreachable, null, null, "SIP is not started");
        if (route.Hop is not { } reached)
        {
            return Refuse(VoiceFailure.Unreachable, $"The trunk '{trunk.Id}' cannot be reached: {route.Failure} / No se puede llegar a la troncal '{trunk.Id}'.", line.Line);
        }

        hop = reached;
        var callId = $"{SipTags.New()}{SipTags.New()}";
        var interaction = await interactions.CreateAsync(
            new NewInteraction
            {
                Channel = ChannelKind.Voice,
                Direction = Direction.Outbound,
                ChannelName = VoiceChannel.ChannelName,
                ExternalId = callId,
                ServiceLineId = line.Line,
                Subject = number,
                Attributes = new Dictionary<string, string>
                {
                    ["from"] = callerNumber ?? string.Empty,
                    ["to"] = number,
                    ["line"] = line.Line,
                    ["trunk"] = trunk.Id,
                },
            },
            cancellationToken).ConfigureAwait(false);
        var challenge = new SipTrunkChallenge(trunk.Credentials);
        SipOutboundCall leg;
        try
        {
            leg = calls.DialThrough(Dial(trunk, hop, number, callerNumber, callerName, callId), hop.Peer, hop.Destination, challenge.Answer, trunk.Srtp);
        }
        catch (ArgumentException ex)
        {
            await interactions.FailAsync(interaction.Id, TrunkDown, CancellationToken.None).ConfigureAwait(false);
            await AuditAsync("voice.originate", interaction.Id, AuditTrailOutcome.Failure, $"line {line.Line} via trunk {trunk.Id}: {TrunkDown}").ConfigureAwait(false);
            return VoiceResult.Refuse<string>(VoiceFailure.Unreachable, $"The call cannot be placed through trunk '{trunk.Id}': {ex.Message} / No se puede realizar la llamada por la troncal '{trunk.Id}'.");
        }

        var call = new VoiceOriginatedCall(interaction.Id, leg, line.Line, trunk.Id, callerNumber ?? string.Empty, number);
        _calls[interaction.Id] = call;
        await AuditAsync("voice.originate", interaction.Id, AuditTrailOutcome.Success, $"line {line.Line} via trunk {trunk.Id}").ConfigureAwait(false);
        LogPlaced(logger, interaction.Id, line.Line, trunk.Id, callId);
        _ = Task.Run(() => FollowAsync(call, line.RingTimeout, challenge), CancellationToken.None);
        return VoiceResult.Success(interaction.Id);
    }

    /// <summary>Cancels a ringing call, or hangs up an answered one; false when the call is not one of ours or already over.</summary>
    public async Task<bool> HangupAsync(string interactionId)
    {
        if (Find(interactionId) is not { } call || call.Leg.Ended.IsCompleted)
        {
            return false;
        }

        LogHangup(logger, interactionId);
        _hangups[interactionId] = true;
        await call.Leg.HangupAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// What <paramref name="request"/> resolves to (its outbound line, the line's trunk and the number in E.164), or
    /// why it cannot be placed (nothing is created or sent then).
    /// </summary>
    private (Placement? Placement, VoiceResult<string>? Refusal) Check(OriginateRequest? request)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.ServiceLine) || string.IsNullOrWhiteSpace(request.Destination))
        {
            return Refused(VoiceFailure.InvalidRequest, "A destination and a service line are required. / Se requieren un destino y una línea de servicio.");
        }

        if (!options.Trunking.OutboundLines.TryGetValue(request.ServiceLine, out var line))
        {
            return Refused(VoiceFailure.InvalidRequest,
                $"The service line '{request.ServiceLine}' places no outbound calls (it is not in outboundLines). / La línea de servicio '{request.ServiceLine}' no realiza llamadas salientes (no está en outboundLines).");
        }

        if (options.Trunking.Find(line.TrunkId) is not { Proxy: not null } trunk)
        {
            return Refused(VoiceFailure.Unreachable,
                $"The service line '{line.Line}' has no trunk to call through. / La línea de servicio '{line.Line}' no tiene una troncal por la que llamar.");
        }

        if (VoiceDid.Normalise(request.Destination, trunk.CountryCode, trunk.NationalPrefix) is not { } number)
        {
            var form = trunk.CountryCode is null ? "E.164 (+ and country code)" : $"E.164 or the national form of +{trunk.CountryCode}";
            var forma = trunk.CountryCode is null ? "E.164 (+ y código de país)" : $"E.164 o la forma nacional de +{trunk.CountryCode}";
            return Refused(VoiceFailure.InvalidRequest,
                $"The destination is not a phone number in {form}. / El destino no es un número de teléfono en {forma}.");
        }

        if (registrations.Clients.FirstOrDefault(c => string.Equals(c.Account.Name, trunk.Id, StringComparison.Ordinal)) is { State: not SipRegistrationState.Registered } registration)
        {
            return Refused(VoiceFailure.Unreachable,
                $"The trunk '{trunk.Id}' is down: it is not registered with the carrier ({registration.LastResult ?? "registering"}). / La troncal '{trunk.Id}' no está disponible: no está registrada en el operador.");
        }

        return (new Placement(line, trunk, number), null);
    }

    private static (Placement?, VoiceResult<string>?) Refused(VoiceFailure failure, string reason) => (null, VoiceResult.Refuse<string>(failure, reason));

    /// <summary>A request <see cref="Check"/> accepted: the outbound line, its trunk, and the destination in E.164.</summary>
    private sealed record Placement(VoiceOutboundLine Line, VoiceTrunk Trunk, string Number);

    private VoiceResult<string> Refuse(VoiceFailure failure, string reason, string line)
    {
        LogRefused(logger, line, reason);
        return VoiceResult.Refuse<string>(failure, reason);
    }

    /// <summary>
    /// The INVITE towards the carrier: <c>sip:+34…@proxy</c> to the number, From the line's caller id (display name
    /// and number; <c>anonymous</c> without one), P-Asserted-Identity with the same when the trunk asserts identity.
    /// </summary>
    private static SipDialRequest Dial(VoiceTrunk trunk, SipTrunkHop hop, string number, string? callerNumber, string? callerName, string callId)
    {
        // The request URI names the carrier as configured (its host name, or the IP literal), not the endpoint DNS chose.
        var proxy = trunk.Proxy!;
        var host = proxy.Host.Contains(':', StringComparison.Ordinal) ? $"[{proxy.Host}]" : proxy.Host;
        var port = proxy.Port is { } p ? ":" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var target = $"sip:{SipInviteBuilder.UserPart(number)}@{host}{port}{hop.UriParameter}";
        var extra = new List<KeyValuePair<string, string>>();
        if (trunk.AssertIdentity && callerNumber is not null)
        {
            extra.Add(new("P-Asserted-Identity", $"{SipInviteBuilder.Display(callerName)}<sip:{SipInviteBuilder.UserPart(callerNumber)}@{host}>"));
        }

        return new SipDialRequest(SipUri.Parse(target), target, callerNumber ?? "anonymous", callerName) { CallId = callId, ExtraHeaders = extra };
    }

    /// <summary>Waits for the answer (CANCEL after the ring timeout), then tells the interaction how it went and, once answered, when it ended.</summary>
    private async Task FollowAsync(VoiceOriginatedCall call, TimeSpan ringTimeout, SipTrunkChallenge challenge)
    {
        try
        {
            SipDialOutcome outcome;
            try
            {
                outcome = await call.Leg.Outcome.WaitAsync(ringTimeout, time).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                LogRingTimeout(logger, call.InteractionId, ringTimeout.TotalSeconds);
                await call.Leg.CancelAsync().ConfigureAwait(false);
                outcome = await call.Leg.Outcome.ConfigureAwait(false);
            }

            var result = SipTrunkOutcomes.Of(outcome, call.Leg);
            if (call.Leg.EarlyMedia)
            {
                LogEarlyMedia(logger, call.InteractionId, call.Leg.EarlyMediaPackets, call.Leg.FinalStatus);
            }

            LogOutcome(logger, call.InteractionId, result, call.Leg.FinalStatus, challenge.Refusal ?? call.Leg.AnswerRefusal ?? string.Empty);
            if (result == SipTrunkOutcome.Answered)
            {
                await AnsweredAsync(call).ConfigureAwait(false);
                return;
            }

            var reason = result switch
            {
                _ when call.Leg.AnswerRefusal is not null => MediaRefused,
                SipTrunkOutcome.NoAnswer when _hangups.ContainsKey(call.InteractionId) => HungUp,
                SipTrunkOutcome.Busy => Busy,
                SipTrunkOutcome.NoAnswer => NoAnswer,
                SipTrunkOutcome.TrunkDown => TrunkDown,
                _ => Rejected,
            };
            var detail = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {call.Line} via trunk {call.TrunkId}: {reason} ({call.Leg.FinalStatus})");
            if (call.Leg.AnswerRefusal is { } why)
            {
                detail += ": " + why;
            }

            await AuditAsync("voice.originate.failed", call.InteractionId, AuditTrailOutcome.Failure, detail).ConfigureAwait(false);
            if (result == SipTrunkOutcome.TrunkDown || reason == MediaRefused)
            {
                await interactions.FailAsync(call.InteractionId, reason).ConfigureAwait(false);
            }
            else
            {
                await interactions.AbandonAsync(call.InteractionId, reason).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Background boundary: the kernel refused a transition (e.g. the interaction was ended meanwhile); the call
            // itself is hung up so nothing stays up unaccounted for.
            LogFollowFailed(logger, call.InteractionId, ex);
            await call.Leg.HangupAsync().ConfigureAwait(false);
        }
        finally
        {
            _calls.TryRemove(call.InteractionId, out _);
            _hangups.TryRemove(call.InteractionId, out _);
        }
    }

    /// <summary>
    /// The called party answered: the call becomes a session (the same path as an inbound call after its greeting),
    /// queued on the line's queue or in self-service without one, until either side hangs up. It is recorded from
    /// this answer when its line and queue say so (early media before it is not: nobody had picked up yet); the
    /// recording goes on through a bridge to an agent, and is stored without an agent when the call ends before one.
    /// </summary>
    private async Task AnsweredAsync(VoiceOriginatedCall call)
    {
        var session = registry.Add(call.InteractionId, call);
        var queueId = options.QueueFor(call.Line);
        session.Records = options.Records(call.Line, queueId);
        if (session.Records)
        {
            // From the carrier's answer, as an inbound call from its own: the bridge to an agent carries this recording on.
            session.RecordUntilBridged(recordings, time);
        }

        try
        {
            if (queueId is not null)
            {
                await AuditAsync("voice.originate.answered", call.InteractionId, AuditTrailOutcome.Success, $"line {call.Line}, queued on {queueId}").ConfigureAwait(false);
                LogQueued(logger, call.InteractionId, queueId);
                await interactions.EnqueueAsync(call.InteractionId, new EnqueueRequest { QueueId = queueId }).ConfigureAwait(false);
            }
            else
            {
                await AuditAsync("voice.originate.answered", call.InteractionId, AuditTrailOutcome.Success, $"line {call.Line}").ConfigureAwait(false);
                await interactions.StartSelfServiceAsync(call.InteractionId).ConfigureAwait(false);
            }

            await call.Leg.Ended.ConfigureAwait(false);
            await EndAsync(call.InteractionId).ConfigureAwait(false);
        }
        finally
        {
            await registry.EndAsync(session, recordings, interactions).ConfigureAwait(false);
        }
    }

    /// <summary>An answered outbound call ended: closed in self-service, wrap-up when an agent had it, abandoned while waiting.</summary>
    private Task EndAsync(string interactionId) =>
        CustomerCallEnding.EndAsync(interactions, interactionId, selfServiceCloses: true, HungUp, CancellationToken.None);

    private ValueTask AuditAsync(string action, string interactionId, AuditTrailOutcome outcome, string detail) =>
        audit.RecordAsync(new AuditTrailEntry(action, "interactions/" + interactionId) { Outcome = outcome, Detail = detail });

    [LoggerMessage(7230, LogLevel.Information, "Voice outbound call placed: interaction {InteractionId}, line {Line}, trunk {Trunk}, Call-ID {CallId}")]
    private static partial void LogPlaced(ILogger logger, string interactionId, string line, string trunk, string callId);

    [LoggerMessage(7231, LogLevel.Information, "Voice outbound call refused on line {Line}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string line, string reason);

    [LoggerMessage(7232, LogLevel.Information, "Voice outbound call of interaction {InteractionId}: {Outcome} (final status {Status}) {Challenge}")]
    private static partial void LogOutcome(ILogger logger, string interactionId, SipTrunkOutcome outcome, int status, string challenge);

    [LoggerMessage(7233, LogLevel.Information, "Voice outbound call of interaction {InteractionId} not answered in {Seconds} s: cancelled")]
    private static partial void LogRingTimeout(ILogger logger, string interactionId, double seconds);

    [LoggerMessage(7234, LogLevel.Information, "Voice outbound call of interaction {InteractionId} hung up through the voice contract")]
    private static partial void LogHangup(ILogger logger, string interactionId);

    [LoggerMessage(7236, LogLevel.Information, "Voice outbound call of interaction {InteractionId} answered: queued on {QueueId}")]
    private static partial void LogQueued(ILogger logger, string interactionId, string queueId);

    [LoggerMessage(7237, LogLevel.Information, "Voice outbound call of interaction {InteractionId}: early media from the carrier, {Packets} RTP packets received before the final response {Status}")]
    private static partial void LogEarlyMedia(ILogger logger, string interactionId, long packets, int status);

    [LoggerMessage(7235, LogLevel.Warning, "Voice outbound call of interaction {InteractionId}: following the call failed")]
    private static partial void LogFollowFailed(ILogger logger, string interactionId, Exception exception);
}
