namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>
/// Received audio waiting for the mixer's next 20 ms tick: a bounded sample FIFO (oldest samples dropped when a
/// burst overflows it, so latency stays bounded) that absorbs packets arriving a little early or late.
/// </summary>
internal sealed class PcmFrameBuffer(int capacitySamples = PcmFrameBuffer.FrameSamples * 8) : IFrameSource
{
    public const int FrameSamples = 160;

    private readonly short[] _ring = new short[capacitySamples];
    private readonly Lock _lock = new();
    private int _start;
    private int _count;

    public int Available
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Samples dropped because the buffer overflowed.</summary>
    public long Dropped { get; private set; }

    public void Write(ReadOnlySpan<short> samples)
    {
        lock (_lock)
        {
            foreach (var sample in samples)
            {
                if (_count == _ring.Length)
                {
                    _start = (_start + 1) % _ring.Length;
                    _count--;
                    Dropped++;
                }

                _ring[(_start + _count) % _ring.Length] = sample;
                _count++;
            }
        }
    }

    /// <summary>Fills <paramref name="frame"/>; false (and silence) when a whole frame has not arrived yet.</summary>
    public bool TryRead(Span<short> frame)
    {
        lock (_lock)
        {
            if (_count < frame.Length)
            {
                frame.Clear();
                return false;
            }

            for (var i = 0; i < frame.Length; i++)
            {
                frame[i] = _ring[(_start + i) % _ring.Length];
            }

            _start = (_start + frame.Length) % _ring.Length;
            _count -= frame.Length;
            return true;
        }
    }
}
