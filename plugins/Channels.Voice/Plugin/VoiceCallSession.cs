using ContactCenter.Plugins.Channels.Voice.Media.Bridging;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// One call as the plugin tracks it: the customer's leg (an inbound call, or an answered call placed through a trunk), the leg ringing or connected to the offered agent's
/// phone (B2BUA), and the bridge joining them once both answered.
/// </summary>
internal sealed class VoiceCallSession(string interactionId, ISipCustomerLeg call)
{
    private int _playing;

    public string InteractionId { get; } = interactionId;

    public ISipCustomerLeg Call { get; } = call;

    public Lock Sync { get; } = new();

    /// <summary>True for a call placed through a trunk (<see cref="Outbound.VoiceOriginator"/>) once answered.</summary>
    public bool Originated => Call.Placed;

    /// <summary>The customer's number: who called inbound, who was called outbound.</summary>
    public string? CustomerNumber => Call.CustomerNumber;

    /// <summary>The leg to the agent's phone, while one is ringing or connected.</summary>
    public SipOutboundCall? AgentLeg { get; set; }

    public string? AgentId { get; set; }

    public CallBridge? Bridge { get; set; }

    /// <summary>
    /// An attended transfer's hand-over: the consulted agent and its already answered leg, used by the offer to that
    /// agent instead of ringing its phone again; null otherwise.
    /// </summary>
    public (string AgentId, SipOutboundCall Leg)? Replacing { get; set; }

    /// <summary>
    /// A transfer takes the connected agent off the call (hold <see cref="Sync"/>): the bridge keeps the caller and
    /// lets go of the agent's leg. Returns the agent, so <see cref="RestoreAgent"/> can undo it if the kernel refuses.
    /// </summary>
    public string? ReleaseAgent(CallBridge bridge)
    {
        var agentId = AgentId;
        bridge.ReleaseAgent();
        Bridge = null;
        AgentLeg = null;
        AgentId = null;
        return agentId;
    }

    /// <summary>Undoes <see cref="ReleaseAgent"/> after a refused transfer (hold <see cref="Sync"/>): the bridge carries on as before.</summary>
    public void RestoreAgent(CallBridge bridge, SipOutboundCall leg, string? agentId)
    {
        bridge.ReleaseAgent(false);
        Bridge = bridge;
        AgentLeg = leg;
        AgentId = agentId;
    }

    /// <summary>The line a REFER transferred the call to (its hold flow plays while queued); null otherwise.</summary>
    public string? HoldLine { get; set; }

    /// <summary>
    /// Whether this stretch of the call is recorded (<see cref="VoiceOptions.Records"/>): decided at the answer from the
    /// line and the queue it enters, and again when a REFER sends the call to another line's queue.
    /// </summary>
    public bool Records { get; set; } = true;

    /// <summary>The greeting/menu/hold audio playing to the caller (completed when none).</summary>
    public Task Prompts { get; set; } = Task.CompletedTask;

    /// <summary>Stops <see cref="Prompts"/>; set by the call application while a line flow runs.</summary>
    public Action? CancelPrompts { get; set; }

    /// <summary>
    /// Starts new audio for the caller (music on hold after a transfer) with its own cancellation, stopped by
    /// <see cref="StopPromptsAsync"/> like the first; nothing plays when the call already ended.
    /// </summary>
    public void StartPrompts(Func<CancellationToken, Task> play)
    {
        ArgumentNullException.ThrowIfNull(play);
        var stop = new CancellationTokenSource();
        lock (Sync)
        {
            CancelPrompts = () =>
            {
                try
                {
                    stop.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // These prompts already finished.
                }
            };
            Prompts = PlayAsync(play, stop);
        }

        if (Call.Ended.IsCompleted)
        {
            CancelPrompts();
        }
    }

    /// <summary>Stops the prompts (an agent answers, the call ends) and waits until the last frame left.</summary>
    public async Task StopPromptsAsync()
    {
        CancelPrompts?.Invoke();
        try
        {
            await Prompts.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled is how prompts stop.
        }
    }

    private static async Task PlayAsync(Func<CancellationToken, Task> play, CancellationTokenSource stop)
    {
        using (stop)
        {
            await play(stop.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Claims the caller's audio for one voice-contract playback; false while another one plays.</summary>
    public bool TryStartPlaying() => Interlocked.CompareExchange(ref _playing, 1, 0) == 0;

    public void StopPlaying() => Volatile.Write(ref _playing, 0);

    /// <summary>The recording of the bridged call, when recording is on.</summary>
    public Media.Recording.CallRecorder? Recorder { get; set; }

    /// <summary>The recording of the caller's leg while no agent is bridged (prompts and music included), when recording is on.</summary>
    public Media.Recording.PreBridgeRecording? PreBridge { get; private set; }

    /// <summary>The recorder pause and resume apply to: the caller's leg while no agent is bridged, else the bridge's.</summary>
    public Media.Recording.CallRecorder? LiveRecorder
    {
        get
        {
            lock (Sync)
            {
                return PreBridge?.Recorder ?? Recorder;
            }
        }
    }

    /// <summary>
    /// Starts recording the customer's leg until the next bridge (the call's start, the carrier's answer of a call
    /// placed through a trunk, or music after a transfer); its chunks are stored as the call goes. An inbound call is
    /// recorded from the answer, or from the 183 of early media: what the caller heard is recorded whether or not an
    /// agent ever answers. An outbound call's early media (before the carrier's answer) is not recorded.
    /// </summary>
    public void RecordUntilBridged(Recordings.VoiceRecordingStore recordings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        var recorder = recordings.Open(RecordingDraft(time.GetUtcNow()));
        var recording = new Media.Recording.PreBridgeRecording(Call.Media, () => Call.State is SipCallState.Answered or SipCallState.EarlyMedia, recorder, time);
        Media.Recording.PreBridgeRecording? previous;
        lock (Sync)
        {
            previous = PreBridge;
            PreBridge = recording;
        }

        previous?.Dispose();
    }

    /// <summary>
    /// The call ended: the recording never handed to a bridge (the caller hung up while waiting, or the call stayed in
    /// self-service) and when it started, or null when there is none or nothing was recorded (never answered).
    /// </summary>
    public (Media.Recording.CallRecorder Recorder, DateTimeOffset StartedAt)? StopPreBridgeRecording()
    {
        Media.Recording.PreBridgeRecording? recording;
        lock (Sync)
        {
            recording = PreBridge;
        }

        var recorder = recording?.HandOver();
        recording?.Dispose();
        if (recorder is null)
        {
            return null;
        }

        if (recording!.StartedAt is not { } started)
        {
            recorder.Dispose();
            return null;
        }

        return (recorder, started);
    }

    /// <summary>A new recording's metadata as known when it starts (the rest is filled in when it is stored).</summary>
    public Recordings.VoiceRecording RecordingDraft(DateTimeOffset now) => new()
    {
        Id = $"rec-{Guid.NewGuid():N}",
        InteractionId = InteractionId,
        From = Call.Caller,
        To = Call.Called,
        Direction = Originated ? Recordings.VoiceRecording.Outbound : Recordings.VoiceRecording.Inbound,
        CallerNumber = Recordings.VoicePhoneNumber.Normalise(CustomerNumber),
        State = Recordings.VoiceRecording.InProgress,
        StartedAt = now,
        EndedAt = now,
        DurationMs = 0,
        Length = 0,
        Chunks = 0,
    };
}
