using ContactCenter.Kernel.Tests.Plugins.Support;

namespace ContactCenter.Kernel.Tests.Plugins.Exports;

/// <summary>Test plugins around the voice contract: an exporter (a stand-in voice channel) and an importer.</summary>
internal static class VoiceExportSources
{
    /// <summary>
    /// Exports IVoiceCalls: call "call-1" is answered (caller <paramref name="caller"/>), "boom" makes every verb
    /// throw, anything else is an unknown call.
    /// </summary>
    public static string Exporter(string caller = "600") => Sources.Startup(
        "services.AddSingleton<ContactCenter.Sdk.Voice.IVoiceCalls, FakeVoice>();",
        $$"""
        public sealed class FakeVoice : ContactCenter.Sdk.Voice.IVoiceCalls
        {
            private static ContactCenter.Sdk.Voice.VoiceResult Check(string id) =>
                id == "boom" ? throw new InvalidOperationException("voice broke")
                : id == "call-1" ? ContactCenter.Sdk.Voice.VoiceResult.Ok
                : ContactCenter.Sdk.Voice.VoiceResult.Fail(ContactCenter.Sdk.Voice.VoiceFailure.UnknownCall, "unknown " + id);

            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult<ContactCenter.Sdk.Voice.VoiceCallInfo>> GetCallAsync(string id, CancellationToken ct = default) =>
                ValueTask.FromResult(Check(id).Succeeded
                    ? ContactCenter.Sdk.Voice.VoiceResult.Success(new ContactCenter.Sdk.Voice.VoiceCallInfo(id, ContactCenter.Sdk.Voice.VoiceCallState.Answered, "{{caller}}", "autos", null, []))
                    : Check(id).Refusal<ContactCenter.Sdk.Voice.VoiceCallInfo>());
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> AnswerAsync(string id, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> PlayAsync(string id, ContactCenter.Sdk.Voice.VoicePrompt prompt, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult<ContactCenter.Sdk.Voice.CollectedDigits>> CollectDigitsAsync(string id, ContactCenter.Sdk.Voice.DigitCollectionRequest request, CancellationToken ct = default) =>
                ValueTask.FromResult(ContactCenter.Sdk.Voice.VoiceResult.Success(new ContactCenter.Sdk.Voice.CollectedDigits("42", ContactCenter.Sdk.Voice.DigitCollectionEnd.Terminator)));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> BridgeToAgentAsync(string id, string agentId, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> HoldAsync(string id, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> ResumeAsync(string id, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> TransferAsync(string id, TransferTarget target, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> ConferenceAsync(string id, ContactCenter.Sdk.Voice.ConferenceParty party, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> MonitorAsync(string id, string supervisorId, ContactCenter.Sdk.Voice.VoiceMonitorMode mode, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> StopMonitorAsync(string id, string supervisorId, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult<string>> OriginateAsync(ContactCenter.Sdk.Voice.OriginateRequest request, CancellationToken ct = default) =>
                ValueTask.FromResult(ContactCenter.Sdk.Voice.VoiceResult.Success("out-" + request.Destination));
            public ValueTask<ContactCenter.Sdk.Voice.VoiceResult> HangupAsync(string id, CancellationToken ct = default) => ValueTask.FromResult(Check(id));
        }
        """);

    /// <summary>
    /// Imports IVoiceCalls through its container and reports, as the explanation of routing strategy
    /// <c>voiceprobe</c>, what GetCallAsync said about the request's interaction: <c>{Failure}|{State}|{Caller}</c>.
    /// </summary>
    public static string Importer() => Sources.Startup(
        "services.AddSingleton<IRoutingStrategy, Probe>();",
        """
        public sealed class Probe(ContactCenter.Sdk.Voice.IVoiceCalls voice) : IRoutingStrategy
        {
            public string Name => "voiceprobe";

            public async ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken ct)
            {
                var call = await voice.GetCallAsync(request.InteractionId, ct);
                return new RoutingDecision([], $"{call.Failure}|{call.Value?.State}|{call.Value?.Caller}");
            }
        }
        """);
}
