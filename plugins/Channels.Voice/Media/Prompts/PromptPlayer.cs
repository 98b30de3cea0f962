namespace ContactCenter.Plugins.Channels.Voice.Media.Prompts;

/// <summary>
/// Streams 8 kHz PCM into a call leg one 20 ms frame (160 samples) at a time, paced on injected time against the
/// start of the playback (no drift from slow sends), the last frame padded with silence. The sink is the leg's RTP
/// sender, so prompts leave through the same encoder (PCMU/PCMA as negotiated) as every other audio of the call.
/// Cancelling stops at the next frame (barge-in, the caller hanging up, an agent answering).
/// </summary>
internal sealed class PromptPlayer(Func<ReadOnlyMemory<short>, CancellationToken, ValueTask> sink, TimeProvider time)
{
    public const int FrameSamples = 160;
    private static readonly TimeSpan FrameDuration = TimeSpan.FromMilliseconds(20);

    /// <summary>Frames handed to the sink so far, over every playback.</summary>
    public long FramesSent => Interlocked.Read(ref _framesSent);

    private long _framesSent;

    /// <summary>Plays <paramref name="pcm"/> once; returns when its last frame is due to have been heard.</summary>
    public async Task PlayAsync(ReadOnlyMemory<short> pcm, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var frame = new short[FrameSamples];
        var frames = (pcm.Length + FrameSamples - 1) / FrameSamples;
        for (var index = 0; index < frames; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = index * FrameSamples;
            var count = Math.Min(FrameSamples, pcm.Length - offset);
            Array.Clear(frame);
            pcm.Span.Slice(offset, count).CopyTo(frame);
            await sink(frame, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _framesSent);
            var due = (FrameDuration * (index + 1)) - time.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Plays the prompts one after the other.</summary>
    public async Task PlayAsync(IEnumerable<short[]> prompts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        foreach (var prompt in prompts)
        {
            await PlayAsync(prompt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Plays <paramref name="pcm"/> in a loop for <paramref name="duration"/> (music on hold), cut at a frame boundary.</summary>
    public async Task LoopAsync(short[] pcm, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        if (pcm.Length == 0)
        {
            throw new ArgumentException("Nothing to loop.", nameof(pcm));
        }

        var remaining = (long)(duration.TotalSeconds * WavReader.SampleRate);
        while (remaining > 0)
        {
            var take = (int)Math.Min(pcm.Length, remaining);
            await PlayAsync(pcm.AsMemory(0, take), cancellationToken).ConfigureAwait(false);
            remaining -= take;
        }
    }
}
