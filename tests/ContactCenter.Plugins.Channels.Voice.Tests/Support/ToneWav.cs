using System.Buffers.Binary;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>8 kHz mono 16-bit WAV files of a sine tone, read back as samples, and a Goertzel tone meter.</summary>
internal static class ToneWav
{
    public const int Rate = 8000;

    public static void Write(string path, int hz, int seconds)
    {
        var samples = Rate * seconds;
        var data = new byte[44 + (samples * 2)];
        "RIFF"u8.CopyTo(data);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4), data.Length - 8);
        "WAVEfmt "u8.CopyTo(data.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(24), Rate);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(28), Rate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(34), 16);
        "data"u8.CopyTo(data.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(40), samples * 2);
        for (var i = 0; i < samples; i++)
        {
            var value = (short)(8000 * Math.Sin(2 * Math.PI * hz * i / Rate));
            BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(44 + (i * 2)), value);
        }

        File.WriteAllBytes(path, data);
    }

    /// <summary>The 16-bit samples of a mono PCM WAV (the data chunk found by walking the chunks).</summary>
    public static short[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (bytes.AsSpan(offset, 4).SequenceEqual("data"u8))
            {
                var length = Math.Min(size < 0 ? int.MaxValue : size, bytes.Length - offset - 8) / 2;
                var samples = new short[length];
                for (var i = 0; i < length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(offset + 8 + (i * 2)));
                }

                return samples;
            }

            offset += 8 + size + (size & 1);
        }

        throw new InvalidDataException($"{path} has no data chunk.");
    }

    /// <summary>
    /// How many 100 ms blocks carry <paramref name="hz"/> as their dominant content (Goertzel power over block energy):
    /// at least <paramref name="share"/> of what a pure tone puts in its bin, at an RMS level above <paramref name="level"/>.
    /// Two equal tones mixed put half of it each, so a mix is checked with a share under 0.5.
    /// </summary>
    public static int BlocksWithTone(short[] samples, int hz, double share = 0.5, double level = 100)
    {
        const int block = Rate / 10;
        var count = 0;
        var coefficient = 2 * Math.Cos(2 * Math.PI * hz / Rate);
        for (var start = 0; start + block <= samples.Length; start += block)
        {
            double s1 = 0, s2 = 0, energy = 0;
            for (var i = start; i < start + block; i++)
            {
                var s = samples[i] + (coefficient * s1) - s2;
                s2 = s1;
                s1 = s;
                energy += (double)samples[i] * samples[i];
            }

            var power = (s1 * s1) + (s2 * s2) - (coefficient * s1 * s2);

            // A pure tone puts (block/2) * energy into its bin.
            if (energy > block * level * level && power > share * (block / 2.0) * energy)
            {
                count++;
            }
        }

        return count;
    }
}
