using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// Records a call's mix as stereo WAV (customer left, agent side right; whisper never recorded, see
/// <see cref="MixPolicy.RecordedOn"/>). While paused (card payments) silence is written, so the timeline stays true
/// and nothing said meanwhile is kept; pauses are counted for the metadata.
/// </summary>
internal sealed class CallRecorder : IDisposable
{
    private readonly CallMixer _mixer;
    private readonly StereoWavWriter _wav = new();
    private readonly Lock _lock = new();
    private readonly short[] _silence = new short[CallMixer.FrameSamples];
    private bool _stopped;

    public CallRecorder(CallMixer mixer)
    {
        _mixer = mixer;
        mixer.Recorded += OnFrame;
    }

    public bool Paused { get; private set; }

    public int Pauses { get; private set; }

    public TimeSpan Duration
    {
        get
        {
            lock (_lock)
            {
                return _wav.Duration;
            }
        }
    }

    /// <summary>Stops keeping audio (silence recorded instead); false when already paused.</summary>
    public bool Pause()
    {
        lock (_lock)
        {
            if (Paused || _stopped)
            {
                return false;
            }

            Paused = true;
            Pauses++;
            return true;
        }
    }

    /// <summary>Keeps audio again; false when not paused.</summary>
    public bool Resume()
    {
        lock (_lock)
        {
            if (!Paused || _stopped)
            {
                return false;
            }

            Paused = false;
            return true;
        }
    }

    /// <summary>Stops recording and returns the WAV file.</summary>
    public byte[] Stop()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return [];
            }

            _stopped = true;
            _mixer.Recorded -= OnFrame;
            var wav = _wav.ToArray();
            _wav.Dispose();
            return wav;
        }
    }

    public void Dispose()
    {
        _mixer.Recorded -= OnFrame;
        lock (_lock)
        {
            _stopped = true;
            _wav.Dispose();
        }
    }

    private void OnFrame(ReadOnlyMemory<short> customer, ReadOnlyMemory<short> agent)
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            if (Paused)
            {
                _wav.Write(_silence.AsSpan(0, customer.Length), _silence.AsSpan(0, agent.Length));
            }
            else
            {
                _wav.Write(customer.Span, agent.Span);
            }
        }
    }
}
