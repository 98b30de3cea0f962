namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>A recording's two channels (16-bit stereo WAV with a 44-byte header) and where a known signal sits in one.</summary>
internal static class StereoWav
{
    public static (short[] Left, short[] Right) Split(byte[] wav)
    {
        var frames = (wav.Length - 44) / 4;
        var (left, right) = (new short[frames], new short[frames]);
        for (var i = 0; i < frames; i++)
        {
            left[i] = BitConverter.ToInt16(wav, 44 + (i * 4));
            right[i] = BitConverter.ToInt16(wav, 46 + (i * 4));
        }

        return (left, right);
    }

    /// <summary>The offset (up to <paramref name="maxOffset"/>) where <paramref name="signal"/> best matches <paramref name="channel"/>, and the normalised correlation there (1 = identical shape).</summary>
    public static (int Offset, double Score) BestMatch(short[] channel, short[] signal, int maxOffset)
    {
        var signalEnergy = signal.Sum(s => (double)s * s);
        var best = (Offset: -1, Score: 0.0);
        for (var offset = 0; offset <= maxOffset && offset + signal.Length <= channel.Length; offset++)
        {
            double dot = 0, energy = 0;
            for (var i = 0; i < signal.Length; i++)
            {
                dot += (double)channel[offset + i] * signal[i];
                energy += (double)channel[offset + i] * channel[offset + i];
            }

            var score = energy == 0 ? 0 : dot / Math.Sqrt(energy * signalEnergy);
            if (score > best.Score)
            {
                best = (offset, score);
            }
        }

        return best;
    }

    /// <summary>Root mean square of <paramref name="count"/> samples from <paramref name="start"/>.</summary>
    public static double Rms(short[] channel, int start, int count) =>
        Math.Sqrt(channel.Skip(start).Take(count).Average(s => (double)s * s));
}
