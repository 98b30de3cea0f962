namespace ContactCenter.Plugins.Channels.Voice.Media.Prompts;

/// <summary>
/// The default music on hold: a short, quiet melody of soft-edged sine notes generated at start (8 kHz PCM), so the
/// product ships no third-party music. A line can name a prompt to loop instead.
/// </summary>
internal static class HoldMusic
{
    private const int NoteSamples = 3200; // 400 ms
    private const int FadeSamples = 400;  // 50 ms in and out: no clicks between notes
    private const double Amplitude = 2500;

    // An arpeggio in C major and back, then a rest: C5 E5 G5 C6 G5 E5 C5, rest.
    private static readonly double[] Notes = [523.25, 659.25, 783.99, 1046.50, 783.99, 659.25, 523.25, 0];

    public static short[] Create()
    {
        var pcm = new short[Notes.Length * NoteSamples];
        for (var n = 0; n < Notes.Length; n++)
        {
            if (Notes[n] == 0)
            {
                continue;
            }

            for (var i = 0; i < NoteSamples; i++)
            {
                var envelope = Math.Min(1.0, Math.Min(i, NoteSamples - 1 - i) / (double)FadeSamples);
                pcm[(n * NoteSamples) + i] = (short)(Amplitude * envelope * Math.Sin(2 * Math.PI * Notes[n] * i / WavReader.SampleRate));
            }
        }

        return pcm;
    }
}
