using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>
/// Puts one stream's received audio back in RTP-timestamp order for the mixer's 20 ms ticks: packets are placed by
/// timestamp (so reordering and duplicates cost nothing), playout starts once the buffered depth reaches a target that
/// follows the measured interarrival jitter (RFC 3550 A.8) between <see cref="MinDelaySamples"/> and
/// <see cref="MaxDelaySamples"/>, a lost frame is concealed by repeating the last one at half level once and then
/// silence, packets older than the playout point are dropped as late, and latency stays bounded: a stream that runs
/// ahead of the bound has its oldest audio skipped, and after an underrun (silence suppression, a stalled peer) or a
/// new source the buffer refills before playing again.
/// </summary>
internal sealed partial class JitterBuffer : IFrameSource
{
    private const int Frame = PcmFrameBuffer.FrameSamples;

    private readonly short[] _samples;
    private readonly bool[] _present;
    private readonly short[] _lastFrame = new short[Frame];
    private readonly Lock _lock = new();
    private uint _readTimestamp;
    private int _readIndex;
    private int _buffered;
    private bool _anchored;
    private bool _playing;
    private uint _ssrc;
    private int _emptyFrames;
    private int _missingFrames;
    private double _jitter;
    private int _lastTransit;
    private bool _hasTransit;

    /// <param name="minDelaySamples">The least depth buffered before playout starts (default 40 ms).</param>
    /// <param name="maxDelaySamples">The most audio held: beyond it the oldest is skipped (default 200 ms).</param>
    public JitterBuffer(int minDelaySamples = 2 * Frame, int maxDelaySamples = 10 * Frame)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDelaySamples, Frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelaySamples, minDelaySamples + Frame);
        MinDelaySamples = minDelaySamples;
        MaxDelaySamples = maxDelaySamples;
        TargetDelaySamples = minDelaySamples;
        _samples = new short[maxDelaySamples];
        _present = new bool[maxDelaySamples];
    }

    public int MinDelaySamples { get; }

    public int MaxDelaySamples { get; }

    /// <summary>The depth playout waits for when it (re)starts: a whole number of frames.</summary>
    public int TargetDelaySamples { get; private set; }

    /// <summary>Interarrival jitter in samples (RFC 3550 A.8).</summary>
    public double Jitter
    {
        get
        {
            lock (_lock)
            {
                return _jitter;
            }
        }
    }

    /// <summary>Audio buffered ahead of the playout point, in samples.</summary>
    public int Depth
    {
        get
        {
            lock (_lock)
            {
                return _buffered;
            }
        }
    }

    /// <summary>Places one packet's decoded samples at their timestamp.</summary>
    /// <param name="ssrc">The packet's source; a new one restarts the buffer.</param>
    /// <param name="timestamp">The RTP timestamp of the first sample (8 kHz clock).</param>
    /// <param name="samples">The decoded samples.</param>
    /// <param name="arrival">When the packet arrived, in samples of the same clock.</param>
    public void Write(uint ssrc, uint timestamp, ReadOnlySpan<short> samples, long arrival)
    {
        if (samples.IsEmpty || samples.Length > MaxDelaySamples)
        {
            return;
        }

        lock (_lock)
        {
            var newSource = _anchored && ssrc != _ssrc;
            if (newSource)
            {
                _hasTransit = false;
            }

            MeasureJitter(timestamp, arrival);
            if (!_anchored || newSource || (!_playing && _buffered == 0))
            {
                Anchor(ssrc, timestamp);
            }

            var offset = unchecked((int)(timestamp - _readTimestamp));
            if (offset < 0)
            {
                Late++;
                if (offset + samples.Length <= 0)
                {
                    return;
                }

                samples = samples[-offset..];
                offset = 0;
            }

            if (offset + samples.Length > MaxDelaySamples)
            {
                Skip(offset + samples.Length - MaxDelaySamples);
                offset = MaxDelaySamples - samples.Length;
            }

            Place(offset, samples);
        }
    }

    /// <summary>The next 20 ms frame: buffered audio, a concealment, or silence; false when nothing real was played.</summary>
    public bool TryRead(Span<short> frame)
    {
        lock (_lock)
        {
            frame.Clear();
            if (!_anchored || !StartedOrReady())
            {
                return false;
            }

            if (_buffered > TargetDelaySamples + (3 * Frame))
            {
                // Running ahead of the target for good (a burst, a faster sender clock): drop a frame of latency.
                Skip(Frame);
            }

            return ReadFrame(frame);
        }
    }

    private bool StartedOrReady()
    {
        if (!_playing && _buffered >= TargetDelaySamples)
        {
            _playing = true;
            _emptyFrames = 0;
        }

        return _playing;
    }

    private void Anchor(uint ssrc, uint timestamp)
    {
        if (_anchored)
        {
            Resyncs++;
        }

        Array.Clear(_present);
        _anchored = true;
        _playing = false;
        _ssrc = ssrc;
        _readTimestamp = timestamp;
        _readIndex = 0;
        _buffered = 0;
        _missingFrames = 0;
        TargetDelaySamples = Target(_jitter);
    }

    private int Target(double jitter)
    {
        var wanted = (int)Math.Ceiling(((3 * jitter) + Frame) / Frame) * Frame;
        return Math.Clamp(wanted, MinDelaySamples, MaxDelaySamples - Frame);
    }

    private void MeasureJitter(uint timestamp, long arrival)
    {
        // 32-bit arithmetic, as RFC 3550 A.8 does, so the timestamp wrapping around is no jump.
        var transit = unchecked((int)((uint)arrival - timestamp));
        if (_hasTransit)
        {
            _jitter += (Math.Abs((double)unchecked(transit - _lastTransit)) - _jitter) / 16;
        }

        _lastTransit = transit;
        _hasTransit = true;
    }

    private int Index(int offset) => (_readIndex + offset) % _samples.Length;
}
