using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Media.Bridging;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// A B2BUA the way the plugin does it: rings the caller, calls the agent's registered phone, answers the caller when
/// the phone answers (486 when busy) and bridges both legs through the mixer until one side hangs up.
/// </summary>
internal sealed class TestBridgeApplication(string agentUser) : ISipCallApplication
{
    public SipCallManager? Calls { get; set; }

    public ConcurrentQueue<SipDialOutcome> Outcomes { get; } = new();

    public TaskCompletionSource<BridgeEnd> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<CallBridge> Bridged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Frames sent to each leg that carried sound (not silence), and RTP packets received per leg.</summary>
    public long AudibleToCustomer => Interlocked.Read(ref _audibleToCustomer);

    public long AudibleToAgent => Interlocked.Read(ref _audibleToAgent);

    public long CustomerPackets { get; private set; }

    public long AgentPackets { get; private set; }

    private long _audibleToCustomer;
    private long _audibleToAgent;

    public async Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken)
    {
        await call.RingAsync();
        var contacts = Calls!.Locate(agentUser);
        if (contacts.Count == 0)
        {
            await call.RejectAsync(SipStatusCodes.TemporarilyUnavailable);
            return;
        }

        var leg = Calls.Dial(new SipDialRequest(contacts[^1], $"sip:{agentUser}@127.0.0.1", call.Caller ?? "anonymous", "Caller"));
        var outcome = await leg.Outcome.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        Outcomes.Enqueue(outcome);
        if (outcome != SipDialOutcome.Answered)
        {
            await call.RejectAsync(outcome == SipDialOutcome.Busy ? SipStatusCodes.BusyHere : SipStatusCodes.TemporarilyUnavailable);
            Finished.TrySetResult(BridgeEnd.Agent);
            return;
        }

        await call.AnswerAsync();
        await using var bridge = new CallBridge(call, leg, TimeProvider.System);
        bridge.Mixer.Recorded += (customer, agent) =>
        {
            // What the customer hears is the agent side and vice versa in a two-party bridge.
            if (Audible(agent.Span))
            {
                Interlocked.Increment(ref _audibleToCustomer);
            }

            if (Audible(customer.Span))
            {
                Interlocked.Increment(ref _audibleToAgent);
            }
        };
        var running = bridge.RunAsync();
        Bridged.TrySetResult(bridge);
        var end = await running;
        CustomerPackets = call.Media.PacketsReceived;
        AgentPackets = leg.Media.PacketsReceived;
        Finished.TrySetResult(end);
    }

    private static bool Audible(ReadOnlySpan<short> frame)
    {
        foreach (var sample in frame)
        {
            if (Math.Abs((int)sample) > 64)
            {
                return true;
            }
        }

        return false;
    }
}
