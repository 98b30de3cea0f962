namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>A mix participant's speech read from PCM played in a loop (music on hold into a bridged call).</summary>
internal sealed class LoopingFrameSource : IFrameSource
{
    private readonly short[] _pcm;
    private int _position;

    public LoopingFrameSource(short[] pcm)
    {
        ArgumentNullException.ThrowIfNull(pcm);
        _pcm = pcm.Length > 0 ? pcm : throw new ArgumentException("Nothing to loop.", nameof(pcm));
    }

    public bool TryRead(Span<short> frame)
    {
        for (var i = 0; i < frame.Length; i++)
        {
            frame[i] = _pcm[_position];
            _position = (_position + 1) % _pcm.Length;
        }

        return true;
    }
}
