namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>Where the mixer takes a participant's next 20 ms of speech from.</summary>
internal interface IFrameSource
{
    /// <summary>Fills <paramref name="frame"/> (silence when there is nothing); false when nothing real was played.</summary>
    bool TryRead(Span<short> frame);
}
