using System.Diagnostics;
using ContactCenter.Plugins.Channels.Voice.Media.Bridging;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// The call application of the benchmark's B2BUA: for each customer call it dials the agent's phone (SIPp, answering
/// at once and echoing audio), and when the phone answers it does what the voice plugin does on connect
/// (<c>VoiceAgentPhones.ConnectAsync</c>): a <see cref="CallBridge"/> (RTP of both legs through the 20 ms mixer,
/// PCMA ↔ PCMU), a <see cref="CallRecorder"/> on the mix (its chunks handed to a writer that keeps none), answer, run until one side hangs up,
/// stop the recording. Interactions, routing and storing the encrypted recording are left out.
/// </summary>
internal sealed class BridgeAndRecord(Func<SipCallManager> calls, SipUri agentPhone) : ISipCallApplication
{
    private BridgedCallStats _stats = new();

    public BridgedCallStats Stats => Volatile.Read(ref _stats);

    /// <summary>Starts counting a new step.</summary>
    public BridgedCallStats Reset()
    {
        var fresh = new BridgedCallStats();
        Volatile.Write(ref _stats, fresh);
        return fresh;
    }

    public async Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken)
    {
        var stats = Stats;
        stats.OnInvite();
        var leg = calls().Dial(new SipDialRequest(agentPhone, agentPhone.ToString(), call.Caller ?? "anonymous", call.Caller));
        if (await leg.Outcome != SipDialOutcome.Answered)
        {
            stats.OnNotBridged();
            await call.RejectAsync(503);
            return;
        }

        var bridge = new CallBridge(call, leg, TimeProvider.System);
        await using (bridge)
        {
            using var recorder = new CallRecorder("benchmark", new RecordingChunkWriter((_, _, _) => Task.CompletedTask, (_, _) => { }));
            recorder.Attach(bridge.Mixer);
            if (!await call.AnswerAsync())
            {
                stats.OnNotBridged();
                await leg.HangupAsync();
                return;
            }

            stats.OnBridged();
            var started = Stopwatch.GetTimestamp();
            await bridge.RunAsync();
            var length = Stopwatch.GetElapsedTime(started);
            var recorded = recorder.Duration;
            var wav = await recorder.StopAsync();
            var (late, concealed) = JitterOf(bridge.Mixer);
            stats.OnEnded(new BridgedCallResult(length, bridge.Mixer.Ticks, bridge.Mixer.Overruns, late, concealed,
                call.Media.PacketsReceived, leg.Media.PacketsReceived, recorded, wav?.Length ?? 0));
        }
    }

    private static (long Late, long Concealed) JitterOf(CallMixer mixer)
    {
        long late = 0, concealed = 0;
        foreach (var participant in mixer.Participants)
        {
            if (participant.Source is JitterBuffer jitter)
            {
                late += jitter.Late;
                concealed += jitter.Concealed;
            }
        }

        return (late, concealed);
    }
}
