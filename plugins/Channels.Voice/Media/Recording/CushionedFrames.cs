using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// One side of a <see cref="PreBridgeRecording"/>: frames arrive on their sender's clock and are read on the
/// recording's, so reads keep a cushion of <see cref="CushionFrames"/> frames while the stream flows. A tick that comes
/// a little before its frame then reads the one before instead of writing a gap that would shift the rest of the
/// prompt; once the stream stops, what is left is read out. Up to a second is kept (a late tick delays, not drops).
/// </summary>
internal sealed class CushionedFrames
{
    public const int CushionFrames = 3;

    /// <summary>Frames held (a second) before the oldest are dropped.</summary>
    public const int CapacityFrames = 50;

    private readonly PcmFrameBuffer _buffer = new(CallMixer.FrameSamples * CapacityFrames);
    private int _idleTicks;

    public void Write(ReadOnlySpan<short> samples)
    {
        _buffer.Write(samples);
        Volatile.Write(ref _idleTicks, 0);
    }

    /// <summary>Fills <paramref name="frame"/> with the next frame, or silence while the cushion fills or nothing comes.</summary>
    public void Read(Span<short> frame)
    {
        var idle = Interlocked.Increment(ref _idleTicks);
        if (_buffer.Available >= frame.Length * CushionFrames || idle > CushionFrames)
        {
            _buffer.TryRead(frame);
        }
        else
        {
            frame.Clear();
        }
    }
}
