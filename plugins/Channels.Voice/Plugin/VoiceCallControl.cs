using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The voice contract the supervisor UI calls: monitor a bridged call from the supervisor's registered phone in
/// listen, whisper or barge mode, switch modes live, and stop. The supervisor's phone is a leg of the call's mixer.
/// </summary>
internal sealed partial class VoiceCallControl(VoiceCallRegistry registry, VoiceSipService sip, VoiceOptions options, Phones.VoicePhoneStore phones, ILogger<VoiceCallControl> logger)
{
    /// <summary>Participant id of a supervisor in the mix.</summary>
    public static string SupervisorKey(string supervisorId) => "supervisor:" + supervisorId;

    /// <summary>Rings the supervisor's phone and joins it in <paramref name="mode"/> when answered (202); an existing monitor switches mode (200).</summary>
    public VoiceControlResult Monitor(string interactionId, string supervisorId, MonitorMode mode)
    {
        if (registry.Find(interactionId)?.Bridge is not { } bridge)
        {
            return VoiceControlResult.NotFound("No call of this interaction is bridged to an agent. / Ninguna llamada de esta interacción está conectada a un agente.");
        }

        if (bridge.Mixer.Find(SupervisorKey(supervisorId)) is { } present)
        {
            present.Mode = mode;
            LogMode(logger, interactionId, supervisorId, mode);
            return VoiceControlResult.Ok;
        }

        var contacts = sip.Calls.Locate(phones.PhoneUserFor(supervisorId));
        if (contacts.Count == 0)
        {
            return VoiceControlResult.Conflict("The supervisor has no registered phone. / El supervisor no tiene un teléfono registrado.");
        }

        SipOutboundCall leg;
        try
        {
            leg = sip.Calls.Dial(new SipDialRequest(contacts[^1], $"sip:{phones.PhoneUserFor(supervisorId)}@{options.Realm}", "monitor", "Monitor"));
        }
        catch (ArgumentException ex)
        {
            return VoiceControlResult.Conflict($"The supervisor's phone cannot be called: {ex.Message} / No se puede llamar al teléfono del supervisor.");
        }

        LogMonitor(logger, interactionId, supervisorId, mode);
        _ = bridge.JoinLegAsync(leg, SupervisorKey(supervisorId), MixerRole.Supervisor, mode);
        return VoiceControlResult.Accepted;
    }

    /// <summary>Hangs up the supervisor's leg.</summary>
    public async Task<VoiceControlResult> StopAsync(string interactionId, string supervisorId)
    {
        if (registry.Find(interactionId)?.Bridge is not { } bridge || !await bridge.HangupJoinedAsync(SupervisorKey(supervisorId)).ConfigureAwait(false))
        {
            return VoiceControlResult.NotFound("This supervisor is not monitoring this call. / Este supervisor no está monitoreando esta llamada.");
        }

        return VoiceControlResult.Ok;
    }

    /// <summary>Pauses (true) or resumes (false) the call's recording, e.g. while a card number is read out.</summary>
    public VoiceControlResult SetRecordingPaused(string interactionId, bool paused)
    {
        if (registry.Find(interactionId)?.LiveRecorder is not { } recorder)
        {
            return VoiceControlResult.NotFound("This call is not being recorded. / Esta llamada no se está grabando.");
        }

        if (!(paused ? recorder.Pause() : recorder.Resume()))
        {
            return VoiceControlResult.Conflict(paused ? "Recording is already paused. / La grabación ya está en pausa." : "Recording is not paused. / La grabación no está en pausa.");
        }

        LogRecordingPaused(logger, interactionId, paused);
        return VoiceControlResult.Ok;
    }

    /// <summary>Who is in the call's mix and in which mode, or null when the call is not bridged.</summary>
    public IReadOnlyList<VoiceParticipantView>? Participants(string interactionId) =>
        registry.Find(interactionId)?.Bridge is { } bridge
            ? [.. bridge.Mixer.Participants.Select(p => new VoiceParticipantView(p.Id, p.Role.ToString().ToLowerInvariant(), p.Role == MixerRole.Supervisor ? p.Mode.ToString().ToLowerInvariant() : null))]
            : null;

    [LoggerMessage(7050, LogLevel.Information, "Supervisor {SupervisorId} monitors interaction {InteractionId} ({Mode}): ringing their phone")]
    private static partial void LogMonitor(ILogger logger, string interactionId, string supervisorId, MonitorMode mode);

    [LoggerMessage(7052, LogLevel.Information, "Recording of interaction {InteractionId} paused: {Paused}")]
    private static partial void LogRecordingPaused(ILogger logger, string interactionId, bool paused);

    [LoggerMessage(7051, LogLevel.Information, "Supervisor {SupervisorId} switches to {Mode} on interaction {InteractionId}")]
    private static partial void LogMode(ILogger logger, string interactionId, string supervisorId, MonitorMode mode);
}
