using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// One side of a <see cref="PreBridgeRecording"/>: a playout buffer between frames arriving on their sender's clock and
/// reads on the recording's. Reading starts once <see cref="CushionFrames"/> frames are held (or the stream has gone
/// quiet with fewer: a short prompt), then takes a frame per read while any is held, so a sender late by less than the
/// cushion leaves no gap. When it runs dry (the stream stopped, or stalled for longer than the cushion) it reads
/// silence and fills the cushion again: a long stall costs one gap and the rest stays whole and in order. Up to a
/// second is held (a late tick delays, not drops); <see cref="Drain"/> reads out what is left at the hand-over.
/// One reader at a time; writes come from any thread.
/// </summary>
internal sealed class CushionedFrames
{
    /// <summary>Frames held before reading starts: 200 ms, the sender's lateness the recording absorbs without a gap.</summary>
    public const int CushionFrames = 10;

    /// <summary>Frames held (a second) before the oldest are dropped.</summary>
    public const int CapacityFrames = 50;

    private readonly PcmFrameBuffer _buffer = new(CallMixer.FrameSamples * CapacityFrames);
    private int _idleReads;
    private bool _flowing;

    public void Write(ReadOnlySpan<short> samples)
    {
        _buffer.Write(samples);
        Volatile.Write(ref _idleReads, 0);
    }

    /// <summary>
    /// Fills <paramref name="frame"/> with the next frame, or silence while the cushion fills or nothing comes; true when
    /// a frame was read.
    /// </summary>
    public bool Read(Span<short> frame)
    {
        var idle = Interlocked.Increment(ref _idleReads);
        var held = _buffer.Available;
        _flowing = _flowing || held >= frame.Length * CushionFrames || (held > 0 && idle > CushionFrames);
        if (!_flowing)
        {
            frame.Clear();
            return false;
        }

        _flowing = _buffer.TryRead(frame);
        return _flowing;
    }

    /// <summary>Reads the next held frame whatever the cushion; false (and silence) once none is left.</summary>
    public bool Drain(Span<short> frame) => _buffer.TryRead(frame);
}
