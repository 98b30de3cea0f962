using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Kernel.Plugins.Exports;

/// <summary>
/// The kernel's <see cref="IVoiceCalls"/>: forwards each call to the active voice plugin's export, isolated (time
/// budget, circuit breaker); no active exporter gives <see cref="VoiceFailure.VoiceUnavailable"/>, a failing or
/// overrunning one <see cref="VoiceFailure.Failed"/>. Playing and collecting digits last as long as the audio or the
/// caller, so they are bounded by the caller's token and the exporter's unload rather than the call budget.
/// </summary>
internal sealed class KernelVoiceCalls(PluginExports exports) : IVoiceCalls, IKernelForwarder
{
    private const string Unavailable = "No voice channel is active. / No hay ningún canal de voz activo.";
    private const string NoInteraction = "An interaction id is required. / Se requiere el id de una interacción.";

    public ValueTask<VoiceResult<VoiceCallInfo>> GetCallAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ForwardAsync(interactionId, "get call", (v, ct) => v.GetCallAsync(interactionId, ct), VoiceResult.Refuse<VoiceCallInfo>, true, cancellationToken);

    public ValueTask<VoiceResult> AnswerAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ForwardAsync(interactionId, "answer", (v, ct) => v.AnswerAsync(interactionId, ct), cancellationToken);

    public ValueTask<VoiceResult> PlayAsync(string interactionId, VoicePrompt prompt, CancellationToken cancellationToken = default) =>
        prompt is null
            ? Invalid("A prompt is required. / Se requiere un mensaje.")
            : ForwardAsync(interactionId, "play", (v, ct) => v.PlayAsync(interactionId, prompt, ct), VoiceResult.Fail, false, cancellationToken);

    public ValueTask<VoiceResult<CollectedDigits>> CollectDigitsAsync(string interactionId, DigitCollectionRequest request, CancellationToken cancellationToken = default) =>
        request is null
            ? ValueTask.FromResult(VoiceResult.Refuse<CollectedDigits>(VoiceFailure.InvalidRequest, "A digit collection request is required. / Se requiere una solicitud de captura de dígitos."))
            : ForwardAsync(interactionId, "collect digits", (v, ct) => v.CollectDigitsAsync(interactionId, request, ct), VoiceResult.Refuse<CollectedDigits>, false, cancellationToken);

    public ValueTask<VoiceResult> BridgeToAgentAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(agentId)
            ? Invalid("An agent id is required. / Se requiere el id de un agente.")
            : ForwardAsync(interactionId, "bridge to agent", (v, ct) => v.BridgeToAgentAsync(interactionId, agentId, ct), cancellationToken);

    public ValueTask<VoiceResult> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ForwardAsync(interactionId, "hold", (v, ct) => v.HoldAsync(interactionId, ct), cancellationToken);

    public ValueTask<VoiceResult> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ForwardAsync(interactionId, "resume", (v, ct) => v.ResumeAsync(interactionId, ct), cancellationToken);

    public ValueTask<VoiceResult> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        target is null || (target.QueueId is null) == (target.AgentId is null)
            ? Invalid("A transfer needs either a queue or an agent. / Una transferencia necesita una cola o un agente.")
            : ForwardAsync(interactionId, "transfer", (v, ct) => v.TransferAsync(interactionId, target, ct), cancellationToken);

    public ValueTask<VoiceResult> ConferenceAsync(string interactionId, ConferenceParty party, CancellationToken cancellationToken = default) =>
        party is null
            ? Invalid("A conference party is required. / Se requiere un participante.")
            : ForwardAsync(interactionId, "conference", (v, ct) => v.ConferenceAsync(interactionId, party, ct), cancellationToken);

    public ValueTask<VoiceResult> MonitorAsync(string interactionId, string supervisorId, VoiceMonitorMode mode, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(supervisorId) || !Enum.IsDefined(mode)
            ? Invalid("A supervisor id and a mode (listen, whisper, barge) are required. / Se requieren un supervisor y un modo (escuchar, susurrar, intervenir).")
            : ForwardAsync(interactionId, "monitor", (v, ct) => v.MonitorAsync(interactionId, supervisorId, mode, ct), cancellationToken);

    public ValueTask<VoiceResult> StopMonitorAsync(string interactionId, string supervisorId, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(supervisorId)
            ? Invalid("A supervisor id is required. / Se requiere el id de un supervisor.")
            : ForwardAsync(interactionId, "stop monitor", (v, ct) => v.StopMonitorAsync(interactionId, supervisorId, ct), cancellationToken);

    public ValueTask<VoiceResult<string>> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default) =>
        request is null || string.IsNullOrWhiteSpace(request.Destination) || string.IsNullOrWhiteSpace(request.ServiceLine)
            ? ValueTask.FromResult(VoiceResult.Refuse<string>(VoiceFailure.InvalidRequest, "A destination and a service line are required. / Se requieren un destino y una línea de servicio."))
            : ForwardAsync("-", "originate", (v, ct) => v.OriginateAsync(request, ct), VoiceResult.Refuse<string>, true, cancellationToken);

    public ValueTask<VoiceResult> HangupAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ForwardAsync(interactionId, "hang up", (v, ct) => v.HangupAsync(interactionId, ct), cancellationToken);

    private static ValueTask<VoiceResult> Invalid(string reason) => ValueTask.FromResult(VoiceResult.Fail(VoiceFailure.InvalidRequest, reason));

    private ValueTask<VoiceResult> ForwardAsync(string interactionId, string operation, Func<IVoiceCalls, CancellationToken, ValueTask<VoiceResult>> call, CancellationToken cancellationToken) =>
        ForwardAsync(interactionId, operation, call, VoiceResult.Fail, true, cancellationToken);

    private async ValueTask<T> ForwardAsync<T>(string interactionId, string operation, Func<IVoiceCalls, CancellationToken, ValueTask<T>> call, Func<VoiceFailure, string, T> refuse, bool budgeted, CancellationToken cancellationToken)
        where T : VoiceResult
    {
        if (string.IsNullOrWhiteSpace(interactionId))
        {
            return refuse(VoiceFailure.InvalidRequest, NoInteraction);
        }

        if (exports.Acquire<IVoiceCalls>() is not { } export)
        {
            return refuse(VoiceFailure.VoiceUnavailable, Unavailable);
        }

        using (export)
        {
            var invoker = exports.Invoker;
            var result = await invoker.InvokeAsync(export.Version, $"voice {operation}", ct => call(export.Service, ct), budgeted ? invoker.Options.CallBudget : null, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded && result.Value is { } value)
            {
                return value;
            }

            cancellationToken.ThrowIfCancellationRequested();
            return refuse(VoiceFailure.Failed, $"The voice channel could not do it: {result.Reason ?? "it returned nothing"}. / El canal de voz no pudo hacerlo.");
        }
    }
}
