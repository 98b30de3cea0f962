using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Voice;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Plugins.Exports;

/// <summary>
/// The <see cref="IVoiceCalls"/> one plugin imports: the kernel's forwarder behind that plugin's approved permissions,
/// checked on every call (reading a call needs <c>interactions.read</c>, monitoring <c>monitoring.intervene</c>, every
/// other verb <c>interactions.write</c>); a refusal is <see cref="VoiceFailure.Forbidden"/>, reported like any denial.
/// </summary>
internal sealed class PluginVoiceCalls(KernelVoiceCalls kernel, PluginPermissionGuard guard) : IVoiceCalls, IKernelForwarder
{
    public async ValueTask<VoiceResult<VoiceCallInfo>> GetCallAsync(string interactionId, CancellationToken cancellationToken = default) =>
        await guard.AllowsAsync(InteractionsRead, "read a voice call", cancellationToken).ConfigureAwait(false)
            ? await kernel.GetCallAsync(interactionId, cancellationToken).ConfigureAwait(false)
            : VoiceResult.Refuse<VoiceCallInfo>(VoiceFailure.Forbidden, Denied(InteractionsRead));

    public ValueTask<VoiceResult> AnswerAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("answer a voice call", ct => kernel.AnswerAsync(interactionId, ct), cancellationToken);

    public ValueTask<VoiceResult> PlayAsync(string interactionId, VoicePrompt prompt, CancellationToken cancellationToken = default) =>
        WriteAsync("play to a voice call", ct => kernel.PlayAsync(interactionId, prompt, ct), cancellationToken);

    public async ValueTask<VoiceResult<CollectedDigits>> CollectDigitsAsync(string interactionId, DigitCollectionRequest request, CancellationToken cancellationToken = default) =>
        await guard.AllowsAsync(InteractionsWrite, "collect digits from a voice call", cancellationToken).ConfigureAwait(false)
            ? await kernel.CollectDigitsAsync(interactionId, request, cancellationToken).ConfigureAwait(false)
            : VoiceResult.Refuse<CollectedDigits>(VoiceFailure.Forbidden, Denied(InteractionsWrite));

    public ValueTask<VoiceResult> BridgeToAgentAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        WriteAsync("bridge a voice call", ct => kernel.BridgeToAgentAsync(interactionId, agentId, ct), cancellationToken);

    public ValueTask<VoiceResult> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("hold a voice call", ct => kernel.HoldAsync(interactionId, ct), cancellationToken);

    public ValueTask<VoiceResult> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("resume a voice call", ct => kernel.ResumeAsync(interactionId, ct), cancellationToken);

    public ValueTask<VoiceResult> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        WriteAsync("transfer a voice call", ct => kernel.TransferAsync(interactionId, target, ct), cancellationToken);

    public ValueTask<VoiceResult> ConferenceAsync(string interactionId, ConferenceParty party, CancellationToken cancellationToken = default) =>
        WriteAsync("conference a voice call", ct => kernel.ConferenceAsync(interactionId, party, ct), cancellationToken);

    public ValueTask<VoiceResult> MonitorAsync(string interactionId, string supervisorId, VoiceMonitorMode mode, CancellationToken cancellationToken = default) =>
        GuardedAsync(MonitoringIntervene, "monitor a voice call", ct => kernel.MonitorAsync(interactionId, supervisorId, mode, ct), cancellationToken);

    public ValueTask<VoiceResult> StopMonitorAsync(string interactionId, string supervisorId, CancellationToken cancellationToken = default) =>
        GuardedAsync(MonitoringIntervene, "stop monitoring a voice call", ct => kernel.StopMonitorAsync(interactionId, supervisorId, ct), cancellationToken);

    public async ValueTask<VoiceResult<string>> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken = default) =>
        await guard.AllowsAsync(InteractionsWrite, "place a voice call", cancellationToken).ConfigureAwait(false)
            ? await kernel.OriginateAsync(request, cancellationToken).ConfigureAwait(false)
            : VoiceResult.Refuse<string>(VoiceFailure.Forbidden, Denied(InteractionsWrite));

    public ValueTask<VoiceResult> HangupAsync(string interactionId, CancellationToken cancellationToken = default) =>
        WriteAsync("hang up a voice call", ct => kernel.HangupAsync(interactionId, ct), cancellationToken);

    private static string Denied(string permission) =>
        $"The plugin needs the approved permission {permission}. / El complemento necesita el permiso aprobado {permission}.";

    private ValueTask<VoiceResult> WriteAsync(string operation, Func<CancellationToken, ValueTask<VoiceResult>> call, CancellationToken cancellationToken) =>
        GuardedAsync(InteractionsWrite, operation, call, cancellationToken);

    private async ValueTask<VoiceResult> GuardedAsync(string permission, string operation, Func<CancellationToken, ValueTask<VoiceResult>> call, CancellationToken cancellationToken) =>
        await guard.AllowsAsync(permission, operation, cancellationToken).ConfigureAwait(false)
            ? await call(cancellationToken).ConfigureAwait(false)
            : VoiceResult.Fail(VoiceFailure.Forbidden, Denied(permission));
}
