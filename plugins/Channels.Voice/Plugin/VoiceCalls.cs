using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Voice;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The voice contract this plugin exports to other plugins and the host (through the kernel), on top of the same
/// pieces the line flows and the supervisor API use: the call registry, the prompt player and catalogue, the DTMF
/// events of the caller's RTP session, the bridge's mixer (hold, conference, monitoring) and the kernel lifecycle
/// through <see cref="IInteractionService"/> (bridging to an agent and transfers are kernel offers and transfers).
/// </summary>
internal sealed partial class VoiceCalls(
    VoiceCallRegistry registry,
    VoiceCallControl control,
    VoiceSipService sip,
    VoiceIvr ivr,
    PromptCatalog prompts,
    IInteractionService interactions,
    Outbound.VoiceOriginator originator,
    VoiceOptions options,
    Phones.VoicePhoneStore phones,
    TimeProvider time,
    ILogger<VoiceCalls> logger) : IVoiceCalls
{
    public const string HoldMusicId = "hold";
    private const string Bridged = "The call is bridged to an agent: its audio goes through the mix. / La llamada está conectada a un agente: su audio pasa por la mezcla.";
    private const string NotBridged = "The call is not bridged to an agent. / La llamada no está conectada a un agente.";
    private static readonly short[] Melody = HoldMusic.Create();

    public ValueTask<VoiceResult<VoiceCallInfo>> GetCallAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        if (registry.Find(interactionId) is not { } session)
        {
            return ValueTask.FromResult(originator.Find(interactionId) is { } placed
                ? VoiceResult.Success(Originated(placed))
                : VoiceResult.Refuse<VoiceCallInfo>(VoiceFailure.UnknownCall, Unknown(interactionId)));
        }

        var bridge = session.Bridge;
        var customer = bridge?.Mixer.Find("customer");
        var state = session.Call.Ended.IsCompleted ? VoiceCallState.Ended
            : customer is { Held: true } ? VoiceCallState.Held
            : bridge is not null ? VoiceCallState.Bridged
            : session.Call.State == SipCallState.Answered ? VoiceCallState.Answered
            : session.Call.State == SipCallState.EarlyMedia ? VoiceCallState.EarlyMedia
            : VoiceCallState.Ringing;
        IReadOnlyList<VoiceCallParticipant> participants = bridge is null
            ? []
            : [.. bridge.Mixer.Participants.Where(p => p.Role != MixerRole.Music).Select(p => new VoiceCallParticipant(p.Id, p.Role.ToString().ToLowerInvariant(), p.Role == MixerRole.Supervisor ? ToSdk(p.Mode) : null))];
        return ValueTask.FromResult(VoiceResult.Success(new VoiceCallInfo(interactionId, state, session.Call.Caller, session.Call.Called, session.AgentId, participants)));
    }

    public async ValueTask<VoiceResult> AnswerAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        if (registry.Find(interactionId) is not { } session)
        {
            return VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId));
        }

        if (session.Call.State != SipCallState.Answered && !await session.Call.AnswerAsync().ConfigureAwait(false))
        {
            return VoiceResult.Fail(VoiceFailure.WrongState, "The call has ended. / La llamada terminó.");
        }

        LogVerb(logger, "answer", interactionId);
        return VoiceResult.Ok;
    }

    public async ValueTask<VoiceResult> PlayAsync(string interactionId, VoicePrompt prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        short[] pcm;
        if (prompt.Name is { } name)
        {
            if (prompts.Find(prompt.Language!, name) is not { } found)
            {
                return VoiceResult.Fail(VoiceFailure.InvalidRequest, $"There is no prompt '{name}' in language '{prompt.Language}'. / No hay ningún mensaje '{name}' en el idioma '{prompt.Language}'.");
            }

            pcm = found;
        }
        else
        {
            try
            {
                pcm = WavReader.Read(prompt.Wav.Span, "the request's WAV");
            }
            catch (InvalidDataException ex)
            {
                return VoiceResult.Fail(VoiceFailure.InvalidRequest, $"{ex.Message} / El WAV no se puede reproducir (PCM16, µ-law o A-law, 8 kHz mono).");
            }
        }

        if (Playable(interactionId) is { } refusal)
        {
            return refusal;
        }

        var session = registry.Find(interactionId)!;
        if (!session.TryStartPlaying())
        {
            return VoiceResult.Fail(VoiceFailure.WrongState, "Something else is being played to this call. / Ya se está reproduciendo otro audio en esta llamada.");
        }

        try
        {
            LogVerb(logger, "play", interactionId);
            await CallAudio.PlayerFor(session.Call, time).PlayAsync(pcm, cancellationToken).ConfigureAwait(false);
            return VoiceResult.Ok;
        }
        finally
        {
            session.StopPlaying();
        }
    }

    public async ValueTask<VoiceResult<CollectedDigits>> CollectDigitsAsync(string interactionId, DigitCollectionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DigitCollector.Problem(request) is { } problem)
        {
            return VoiceResult.Refuse<CollectedDigits>(VoiceFailure.InvalidRequest, problem);
        }

        if (registry.Find(interactionId) is not { } session)
        {
            return VoiceResult.Refuse<CollectedDigits>(VoiceFailure.UnknownCall, Unknown(interactionId));
        }

        if (session.Call.State != SipCallState.Answered)
        {
            return VoiceResult.Refuse<CollectedDigits>(VoiceFailure.WrongState, "Answer the call first. / Conteste la llamada primero.");
        }

        var collected = await DigitCollector.CollectAsync(session.Call, request, time, cancellationToken).ConfigureAwait(false);
        LogDigits(logger, interactionId, collected.Digits.Length, collected.EndedBy);
        return VoiceResult.Success(collected);
    }

    public async ValueTask<VoiceResult> BridgeToAgentAsync(string interactionId, string agentId, CancellationToken cancellationToken = default)
    {
        if (registry.Find(interactionId) is not { } session)
        {
            return VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId));
        }

        var current = await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);
        return current?.State switch
        {
            InteractionState.Connected or InteractionState.Held =>
                await KernelAsync("bridge to agent", interactionId, ct => interactions.TransferAsync(interactionId, TransferTarget.ToAgent(agentId, "voice-contract"), ct), cancellationToken).ConfigureAwait(false),
            InteractionState.Created or InteractionState.SelfService when options.QueueFor(session.Call.Line) is { } queue =>
                await KernelAsync("bridge to agent", interactionId, ct => interactions.EnqueueAsync(interactionId, new EnqueueRequest { QueueId = queue, PreferredAgentId = agentId }, ct), cancellationToken).ConfigureAwait(false),
            _ => VoiceResult.Fail(VoiceFailure.WrongState, $"The call is {current?.State.ToString() ?? "gone"}: it is already waiting for or talking to an agent. / La llamada ya espera o habla con un agente."),
        };
    }

    public async ValueTask<VoiceResult> HoldAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        if (Customer(interactionId, out var session) is not { } customer)
        {
            return session is null ? VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId)) : VoiceResult.Fail(VoiceFailure.WrongState, NotBridged);
        }

        if (customer.Held)
        {
            return VoiceResult.Fail(VoiceFailure.WrongState, "The call is already on hold. / La llamada ya está en espera.");
        }

        var held = await KernelAsync("hold", interactionId, ct => interactions.HoldAsync(interactionId, ct), cancellationToken).ConfigureAwait(false);
        if (held.Succeeded)
        {
            var flow = ivr.FlowFor(session!.Call.Line);
            var music = flow?.HoldMusic is { } named ? prompts.Get(flow.Language, named) : Melody;
            session.Bridge!.Mixer.Add(new MixerParticipant(HoldMusicId, MixerRole.Music, _ => ValueTask.CompletedTask, source: new LoopingFrameSource(music)));
            customer.Held = true;
        }

        return held;
    }

    public async ValueTask<VoiceResult> ResumeAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        if (Customer(interactionId, out var session) is not { } customer)
        {
            return session is null ? VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId)) : VoiceResult.Fail(VoiceFailure.WrongState, NotBridged);
        }

        if (!customer.Held)
        {
            return VoiceResult.Fail(VoiceFailure.WrongState, "The call is not on hold. / La llamada no está en espera.");
        }

        var resumed = await KernelAsync("resume", interactionId, ct => interactions.ResumeAsync(interactionId, ct), cancellationToken).ConfigureAwait(false);
        if (resumed.Succeeded)
        {
            customer.Held = false;
            session!.Bridge!.Mixer.Remove(HoldMusicId);
        }

        return resumed;
    }

    public async ValueTask<VoiceResult> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        registry.Find(interactionId) is null
            ? VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId))
            : await KernelAsync("transfer", interactionId, ct => interactions.TransferAsync(interactionId, target, ct), cancellationToken).ConfigureAwait(false);

    public ValueTask<VoiceResult> ConferenceAsync(string interactionId, ConferenceParty party, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (registry.Find(interactionId) is not { } session)
        {
            return ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId)));
        }

        if (session.Bridge is not { } bridge)
        {
            return ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.WrongState, NotBridged));
        }

        SipUri target;
        string id;
        if (party.AgentId is { } agentId)
        {
            var contacts = sip.Calls.Locate(phones.PhoneUserFor(agentId));
            if (contacts.Count == 0)
            {
                return ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.Unreachable, "The agent has no registered phone. / El agente no tiene un teléfono registrado."));
            }

            (target, id) = (contacts[^1], "conference:" + agentId);
        }
        else
        {
            try
            {
                (target, id) = (SipUri.Parse(party.SipUri!), "conference:" + party.SipUri);
            }
            catch (SipParseException ex)
            {
                return ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.InvalidRequest, $"'{party.SipUri}' is not a SIP URI: {ex.Message} / No es una URI SIP."));
            }
        }

        SipOutboundCall leg;
        try
        {
            leg = sip.Calls.Dial(new SipDialRequest(target, target.ToString(), "conference", "Conference"));
        }
        catch (ArgumentException ex)
        {
            return ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.Unreachable, $"The party cannot be called: {ex.Message} / No se puede llamar al participante."));
        }

        LogVerb(logger, "conference", interactionId);
        _ = bridge.JoinLegAsync(leg, id, MixerRole.Conference);
        return ValueTask.FromResult(VoiceResult.Ok);
    }

    public ValueTask<VoiceResult> MonitorAsync(string interactionId, string supervisorId, VoiceMonitorMode mode, CancellationToken cancellationToken = default)
    {
        if (registry.Find(interactionId) is null)
        {
            return ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId)));
        }

        var result = control.Monitor(interactionId, supervisorId, mode switch
        {
            VoiceMonitorMode.Whisper => MonitorMode.Whisper,
            VoiceMonitorMode.Barge => MonitorMode.Barge,
            _ => MonitorMode.Listen,
        });
        return ValueTask.FromResult(FromControl(result));
    }

    public async ValueTask<VoiceResult> StopMonitorAsync(string interactionId, string supervisorId, CancellationToken cancellationToken = default) =>
        registry.Find(interactionId) is null
            ? VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId))
            : FromControl(await control.StopAsync(interactionId, supervisorId).ConfigureAwait(false));

    public ValueTask<VoiceResult<string>> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default) =>
        originator.OriginateAsync(request, cancellationToken);

    public async ValueTask<VoiceResult> HangupAsync(string interactionId, CancellationToken cancellationToken = default)
    {
        if (registry.Find(interactionId) is not { } session)
        {
            return originator.Find(interactionId) is null ? VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId))
                : await originator.HangupAsync(interactionId).ConfigureAwait(false) ? VoiceResult.Ok
                : VoiceResult.Fail(VoiceFailure.WrongState, "The call has ended. / La llamada terminó.");
        }

        if (session.Call.Ended.IsCompleted)
        {
            return VoiceResult.Fail(VoiceFailure.WrongState, "The call has ended. / La llamada terminó.");
        }

        LogVerb(logger, "hang up", interactionId);
        await session.Call.HangupAsync().ConfigureAwait(false);
        if (session.AgentLeg is { } leg)
        {
            await leg.HangupAsync().ConfigureAwait(false);
        }

        return VoiceResult.Ok;
    }

    /// <summary>An outbound call placed through a trunk: the line's caller id calls the number; no bridge, no agent.</summary>
    private static VoiceCallInfo Originated(Outbound.VoiceOriginatedCall placed)
    {
        var state = placed.Leg.Ended.IsCompleted ? VoiceCallState.Ended
            : placed.Leg.Dialog is not null ? VoiceCallState.Answered
            : placed.Leg.EarlyMedia ? VoiceCallState.EarlyMedia
            : VoiceCallState.Ringing;
        return new VoiceCallInfo(placed.InteractionId, state, placed.CallerId, placed.Number, null, []);
    }

    private static string Unknown(string interactionId) =>
        $"No live call has interaction {interactionId}. / Ninguna llamada activa tiene la interacción {interactionId}.";

    private static VoiceMonitorMode ToSdk(MonitorMode mode) => mode switch
    {
        MonitorMode.Whisper => VoiceMonitorMode.Whisper,
        MonitorMode.Barge => VoiceMonitorMode.Barge,
        _ => VoiceMonitorMode.Listen,
    };

    /// <summary>The supervisor API's outcome as the contract's: 404 is "not bridged" or "not monitoring", 409 an unreachable phone.</summary>
    private static VoiceResult FromControl(VoiceControlResult result) => result.Status switch
    {
        200 or 202 => VoiceResult.Ok,
        404 => VoiceResult.Fail(VoiceFailure.WrongState, result.Problem!),
        _ => VoiceResult.Fail(VoiceFailure.Unreachable, result.Problem!),
    };

    /// <summary>Why audio cannot be played to the call now, or null.</summary>
    private VoiceResult? Playable(string interactionId) =>
        registry.Find(interactionId) switch
        {
            null => VoiceResult.Fail(VoiceFailure.UnknownCall, Unknown(interactionId)),
            { Bridge: not null } => VoiceResult.Fail(VoiceFailure.WrongState, Bridged),
            { Call.State: not SipCallState.Answered } => VoiceResult.Fail(VoiceFailure.WrongState, "Answer the call first. / Conteste la llamada primero."),
            { Prompts.IsCompleted: false } => VoiceResult.Fail(VoiceFailure.WrongState, "The line's own greeting or music is playing. / Se está reproduciendo el saludo o la música de la línea."),
            _ => null,
        };

    private MixerParticipant? Customer(string interactionId, out VoiceCallSession? session)
    {
        session = registry.Find(interactionId);
        return session?.Bridge?.Mixer.Find("customer");
    }

    /// <summary>A kernel lifecycle verb; a refusal (wrong state, unknown agent or queue) is the contract's refusal.</summary>
    private async Task<VoiceResult> KernelAsync(string verb, string interactionId, Func<CancellationToken, ValueTask<Interaction>> call, CancellationToken cancellationToken)
    {
        try
        {
            await call(cancellationToken).ConfigureAwait(false);
            LogVerb(logger, verb, interactionId);
            return VoiceResult.Ok;
        }
        catch (InvalidRequestException ex)
        {
            return VoiceResult.Fail(VoiceFailure.InvalidRequest, ex.Message);
        }
        catch (ContactCenterException ex)
        {
            return VoiceResult.Fail(VoiceFailure.WrongState, ex.Message);
        }
    }

    [LoggerMessage(7080, LogLevel.Information, "Voice contract: {Verb} on interaction {InteractionId}")]
    private static partial void LogVerb(ILogger logger, string verb, string interactionId);

    [LoggerMessage(7081, LogLevel.Information, "Voice contract: {Count} digit(s) collected on interaction {InteractionId}, ended by {End}")]
    private static partial void LogDigits(ILogger logger, string interactionId, int count, DigitCollectionEnd end);
}
