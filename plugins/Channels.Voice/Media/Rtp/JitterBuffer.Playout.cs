namespace ContactCenter.Plugins.Channels.Voice.Media.Rtp;

/// <summary>Placing, skipping and playing out (callers hold the lock), and the counters.</summary>
internal sealed partial class JitterBuffer
{
    /// <summary>Packets (or their older part) that arrived after their playout time.</summary>
    public long Late { get; private set; }

    /// <summary>Packets whose samples were all already buffered.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Frames played with something missing (concealed or silence while later audio was waiting).</summary>
    public long Concealed { get; private set; }

    /// <summary>Samples dropped to keep latency within bounds.</summary>
    public long Skipped { get; private set; }

    /// <summary>Times playout ran dry and went back to buffering.</summary>
    public long Underruns { get; private set; }

    /// <summary>Times the buffer re-anchored (new source, new talkspurt after running dry).</summary>
    public long Resyncs { get; private set; }

    private void Place(int offset, ReadOnlySpan<short> samples)
    {
        var added = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var index = Index(offset + i);
            if (!_present[index])
            {
                _present[index] = true;
                added++;
            }

            _samples[index] = samples[i];
        }

        if (added == 0)
        {
            Duplicates++;
        }

        _buffered = Math.Max(_buffered, offset + samples.Length);
    }

    private void Skip(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var index = Index(i);
            if (_present[index])
            {
                Skipped++;
                _present[index] = false;
            }
        }

        Advance(count);
    }

    private bool ReadFrame(Span<short> frame)
    {
        var found = 0;
        for (var i = 0; i < frame.Length; i++)
        {
            var index = Index(i);
            if (_present[index])
            {
                frame[i] = _samples[index];
                _present[index] = false;
                found++;
            }
        }

        var dry = _buffered <= frame.Length;
        Advance(frame.Length);
        if (found == frame.Length)
        {
            frame.CopyTo(_lastFrame);
            _missingFrames = 0;
            _emptyFrames = 0;
            return true;
        }

        Concealed++;
        if (found == 0 && _missingFrames++ == 0)
        {
            // One lost frame: the last one again at half level hides the gap better than a click of silence.
            for (var i = 0; i < frame.Length; i++)
            {
                frame[i] = (short)(_lastFrame[i] / 2);
            }
        }

        if (dry && ++_emptyFrames >= 3)
        {
            // 60 ms with nothing ahead: the talkspurt ended or the peer stalled. Buffer again before playing.
            Underruns++;
            _playing = false;
            _emptyFrames = 0;
            TargetDelaySamples = Target(_jitter);
        }

        return found > 0;
    }

    private void Advance(int count)
    {
        _readTimestamp = unchecked(_readTimestamp + (uint)count);
        _readIndex = (_readIndex + count) % _samples.Length;
        _buffered = Math.Max(0, _buffered - count);
    }
}
