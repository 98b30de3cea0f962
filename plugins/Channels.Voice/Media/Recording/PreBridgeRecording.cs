using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// The recording of a caller's leg before it is bridged to an agent: every 20 ms, once the call is answered, what the
/// caller said (left) and what we sent them (right: greeting, menu, queue announcements, music on hold, contract
/// playbacks), as on the wire. The prompts go on the platform channel because they are what the caller heard from
/// our side, like the agent's voice later. <see cref="HandOver"/> stops it and gives its recorder to the bridge, or
/// to the store when the call ends without one (the caller hung up while waiting, or the call stayed in self-service).
/// A late timer tick records every frame it owes (<see cref="FrameClock"/>, up to the second its cushions hold), so the
/// recording keeps the wall clock's length on a busy machine; each side reads through a 200 ms cushion
/// (<see cref="CushionedFrames"/>), so a sender a little late leaves no gap, and the hand-over records what they hold.
/// </summary>
internal sealed class PreBridgeRecording : IDisposable
{
    private readonly RtpSession _leg;
    private readonly Func<bool> _answered;
    private readonly TimeProvider _time;
    private readonly CushionedFrames _said = new();
    private readonly CushionedFrames _played = new();
    private readonly Action<ReadOnlyMemory<short>> _onSaid;
    private readonly Action<ReadOnlyMemory<short>> _onPlayed;
    private readonly ITimer _timer;
    private readonly FrameClock _clock;
    private readonly Lock _catchingUp = new();
    private readonly Lock _lock = new();
    private CallRecorder? _recorder;
    private int _heldBack;

    public PreBridgeRecording(RtpSession leg, Func<bool> answered, CallRecorder recorder, TimeProvider time)
    {
        _recorder = recorder;
        _leg = leg;
        _answered = answered;
        _time = time;
        _onSaid = samples => Cushion(_said, samples.Span);
        _onPlayed = samples => Cushion(_played, samples.Span);
        leg.AudioReceived += _onSaid;
        leg.Sender.FrameSent += _onPlayed;
        _clock = new FrameClock(time, CushionedFrames.CapacityFrames);
        _timer = time.CreateTimer(_ => OnTimer(), null, FrameClock.FramePeriod, FrameClock.FramePeriod);
    }

    /// <summary>When the first frame was recorded (the call answered); null while nothing was.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>The recorder while the leg is recorded (pause and resume go to it); null once handed over.</summary>
    public CallRecorder? Recorder
    {
        get
        {
            lock (_lock)
            {
                return _recorder;
            }
        }
    }

    /// <summary>
    /// Stops recording the leg and returns the recorder (to go on from the bridge's mixer, or to be stored); null when
    /// already handed over.
    /// </summary>
    public CallRecorder? HandOver()
    {
        // Taken with the catch-up's lock so no tick runs between the last one and the drain.
        lock (_catchingUp)
        {
            CallRecorder? recorder;
            lock (_lock)
            {
                recorder = _recorder;
                _recorder = null;
            }

            if (recorder is not null)
            {
                _leg.AudioReceived -= _onSaid;
                _leg.Sender.FrameSent -= _onPlayed;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                Drain(recorder);
            }

            return recorder;
        }
    }

    /// <summary>Ends it without handing the recorder over: what was recorded is not kept.</summary>
    public void Dispose()
    {
        HandOver()?.Dispose();
        _timer.Dispose();
    }

    /// <summary>
    /// Into a side's cushion; as silence while the recording is paused. The pause applies where the audio is captured,
    /// not where the cushion writes it out 200 ms later: exactly what was said or played during the pause is left out.
    /// </summary>
    private void Cushion(CushionedFrames side, ReadOnlySpan<short> samples)
    {
        if (Recorder is { Paused: true })
        {
            side.Write(new short[samples.Length]);
        }
        else
        {
            side.Write(samples);
        }
    }

    private void OnTimer()
    {
        // The timer may call again while a slow tick runs: one catches up at a time, the other finds nothing due.
        lock (_catchingUp)
        {
            for (var due = _clock.Due(); due > 0; due--)
            {
                Tick();
            }
        }
    }

    /// <summary>
    /// Records what the cushions still hold (up to their second): the last words and prompt frames before the hand-over
    /// are kept, not left behind in the cushion. Nothing when the call was never answered.
    /// </summary>
    private void Drain(CallRecorder recorder)
    {
        if (!_answered())
        {
            return;
        }

        var said = new short[CallMixer.FrameSamples];
        var played = new short[CallMixer.FrameSamples];
        while (_said.Drain(said) | _played.Drain(played))
        {
            StartedAt ??= _time.GetUtcNow();
            recorder.WriteCaptured(said, played);
        }
    }

    /// <summary>
    /// Writes one frame of each side (silence for a side with nothing), from the answer on. The first ticks after the
    /// answer, while neither cushion has anything to give yet, are the cushions' latency rather than time of the call:
    /// up to a cushion of them is skipped, so a greeting played at the answer starts the recording.
    /// </summary>
    internal void Tick()
    {
        var said = new short[CallMixer.FrameSamples];
        var played = new short[CallMixer.FrameSamples];
        var heard = _said.Read(said) | _played.Read(played);
        lock (_lock)
        {
            if (_recorder is null || !_answered())
            {
                return;
            }

            StartedAt ??= _time.GetUtcNow();
            if (!heard && _heldBack < CushionedFrames.CushionFrames)
            {
                _heldBack++;
                return;
            }

            _heldBack = CushionedFrames.CushionFrames;
            _recorder.WriteCaptured(said, played);
        }
    }
}
