using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// Records a call as stereo WAV (customer left, platform side right; whisper never recorded, see
/// <see cref="MixPolicy.RecordedOn"/>): before the bridge from a <see cref="PreBridgeRecording"/> (what the caller
/// said and the prompts and music we played them), then from the bridge's mixer (<see cref="Attach"/>). Each full
/// 64 KiB chunk goes to <see cref="Chunks"/>, which stores it in the background, so memory stays at a few chunks
/// however long the call. While paused (card payments) silence is written, so the timeline stays true and nothing
/// said meanwhile is kept; pauses are counted for the metadata.
/// </summary>
internal sealed class CallRecorder : IDisposable
{
    private readonly StereoWavWriter _wav;
    private readonly Lock _lock = new();
    private readonly short[] _silence = new short[CallMixer.FrameSamples];
    private CallMixer? _mixer;
    private bool _stopped;

    /// <param name="id">The recording's id (its chunks and metadata are stored under it).</param>
    /// <param name="chunks">Where full chunks go while the call runs.</param>
    public CallRecorder(string id, RecordingChunkWriter chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        Id = id;
        Chunks = chunks;
        _wav = new StereoWavWriter((index, chunk) => chunks.TryWrite(index, chunk));
    }

    public string Id { get; }

    public RecordingChunkWriter Chunks { get; }

    /// <summary>Takes the recording channels of <paramref name="mixer"/> from now on (a bridge starts).</summary>
    public void Attach(CallMixer mixer)
    {
        ArgumentNullException.ThrowIfNull(mixer);
        _mixer = mixer;
        mixer.Recorded += Write;
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

    /// <summary>
    /// Stops recording and waits until every chunk handed over is stored; returns what the final write needs (chunk 0
    /// with its header, the last chunk, sizes, lost chunks), or null when already stopped.
    /// </summary>
    public async Task<RecordedWav?> StopAsync()
    {
        IReadOnlyList<(int Index, byte[] Data)> tail;
        RecordedWav result;
        lock (_lock)
        {
            if (_stopped)
            {
                return null;
            }

            _stopped = true;
            Detach();
            result = new RecordedWav(Id, [], _wav.Chunks, _wav.Length, _wav.Duration, Pauses, []);
            tail = _wav.Finish();
        }

        await Chunks.CompleteAsync().ConfigureAwait(false);
        return result with { Tail = tail, Lost = Chunks.Lost };
    }

    /// <summary>Ends without keeping the rest: nothing more is stored (chunks already stored stay until recovered).</summary>
    public void Dispose()
    {
        Detach();
        lock (_lock)
        {
            _stopped = true;
        }

        Chunks.Abandon();
    }

    /// <summary>Appends one 20 ms frame of each channel (silence instead while paused; nothing once stopped).</summary>
    public void Write(ReadOnlyMemory<short> customer, ReadOnlyMemory<short> agent) => Write(customer, agent, pausedHere: true);

    /// <summary>
    /// Appends one 20 ms frame whose pause was applied where it was captured, as given (nothing once stopped): the
    /// pre-bridge recording silences what arrives while paused before its cushions, so a frame said before a pause and
    /// written during it is kept, and one said during a pause and written after it is not.
    /// </summary>
    public void WriteCaptured(ReadOnlyMemory<short> customer, ReadOnlyMemory<short> agent) => Write(customer, agent, pausedHere: false);

    private void Write(ReadOnlyMemory<short> customer, ReadOnlyMemory<short> agent, bool pausedHere)
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            if (Paused && pausedHere)
            {
                _wav.Write(_silence.AsSpan(0, customer.Length), _silence.AsSpan(0, agent.Length));
            }
            else
            {
                _wav.Write(customer.Span, agent.Span);
            }
        }
    }

    private void Detach()
    {
        if (_mixer is { } mixer)
        {
            mixer.Recorded -= Write;
        }
    }
}
