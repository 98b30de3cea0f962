namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>
/// One party of a call's mix: what it says (<see cref="Source"/>: its RTP session's jitter buffer, or the plain
/// <see cref="Inbound"/> FIFO) and where what it should hear goes (<see cref="Output"/>, usually its RTP sender).
/// Supervisors change <see cref="Mode"/> live.
/// </summary>
internal sealed class MixerParticipant(string id, MixerRole role, Func<ReadOnlyMemory<short>, ValueTask> output, MonitorMode mode = MonitorMode.Listen, IFrameSource? source = null)
{
    public string Id { get; } = id;

    public MixerRole Role { get; } = role;

    /// <summary>Only meaningful for <see cref="MixerRole.Supervisor"/>.</summary>
    public MonitorMode Mode { get; set; } = mode;

    public PcmFrameBuffer Inbound { get; } = new();

    /// <summary>A held customer hears only the music on hold and nobody hears them (see <see cref="MixPolicy"/>).</summary>
    public bool Held
    {
        get => Volatile.Read(ref _held);
        set => Volatile.Write(ref _held, value);
    }

    private bool _held;

    /// <summary>What the mixer reads this participant's speech from.</summary>
    public IFrameSource Source => source ?? Inbound;

    public Func<ReadOnlyMemory<short>, ValueTask> Output { get; } = output;

    /// <summary>Frames given to this participant that carried sound (not near-silence): a level meter for supervision.</summary>
    public long AudibleFramesOut => Interlocked.Read(ref _audibleFramesOut);

    private long _audibleFramesOut;

    internal ValueTask DeliverAsync(short[] frame)
    {
        foreach (var sample in frame)
        {
            // About -54 dBFS: above G.711's idle noise, far below speech.
            if (sample is > 64 or < -64)
            {
                Interlocked.Increment(ref _audibleFramesOut);
                break;
            }
        }

        return Output(frame);
    }
}
