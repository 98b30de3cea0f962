using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// Listen, whisper and barge through the SDK voice contract: the kernel's <see cref="IVoiceCalls"/> forwards to the
/// active voice plugin's export (isolated, time-budgeted), so the wallboard uses voice the way any plugin would. The
/// caller (<see cref="SupervisorDesk"/>) has already checked the permission and the supervisor's teams and audits the
/// outcome. No voice plugin active: refused with the contract's reason.
/// </summary>
internal sealed class VoiceMonitoring(IVoiceCalls voice)
{
    public async Task<CoachOutcome> MonitorAsync(string interactionId, string supervisorId, ParticipationMode mode, CancellationToken cancellationToken)
    {
        VoiceMonitorMode? monitorMode = mode switch
        {
            ParticipationMode.Listen => VoiceMonitorMode.Listen,
            ParticipationMode.Whisper => VoiceMonitorMode.Whisper,
            ParticipationMode.Barge => VoiceMonitorMode.Barge,
            _ => null,
        };
        if (monitorMode is not { } chosen)
        {
            return new CoachOutcome(false, "choose listen, whisper or barge");
        }

        return Outcome(await voice.MonitorAsync(interactionId, supervisorId, chosen, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Ends the supervisor's listen/whisper/barge leg.</summary>
    public async Task<CoachOutcome> StopAsync(string interactionId, string supervisorId, CancellationToken cancellationToken) =>
        Outcome(await voice.StopMonitorAsync(interactionId, supervisorId, cancellationToken).ConfigureAwait(false));

    private static CoachOutcome Outcome(VoiceResult result) =>
        result.Succeeded ? CoachOutcome.Ok : new CoachOutcome(false, $"{result.Failure}: {result.Reason}");
}
