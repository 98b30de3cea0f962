using System.Buffers.Binary;
using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Recording;

/// <summary>Keeps the chunks a recording hands over, and puts the WAV back together from them and its tail.</summary>
internal sealed class ChunkSink
{
    public ConcurrentDictionary<int, byte[]> Stored { get; } = new();

    public RecordingChunkWriter Writer(int maxBufferedChunks = RecordingChunkWriter.DefaultMaxBufferedChunks) =>
        new((index, data, _) =>
        {
            Stored[index] = data;
            return Task.CompletedTask;
        }, (_, _) => { }, maxBufferedChunks);

    public byte[] Assemble(IEnumerable<(int Index, byte[] Data)> tail, int chunks)
    {
        foreach (var (index, data) in tail)
        {
            Stored[index] = data;
        }

        return [.. Enumerable.Range(0, chunks).SelectMany(i => Stored[i])];
    }

    /// <summary>Writes one frame at a time and waits after each until the writer has stored what it took (storage keeps up).</summary>
    public static void WriteSteadily(CallRecorder recorder, int frames, Func<int, short> left, Func<int, short> right)
    {
        var sample = 0;
        for (var f = 0; f < frames; f++)
        {
            var l = new short[160];
            var r = new short[160];
            for (var i = 0; i < 160; i++, sample++)
            {
                (l[i], r[i]) = (left(sample), right(sample));
            }

            recorder.Write(l, r);
            Assert.True(SpinWait.SpinUntil(() => recorder.Chunks.BufferedChunks == 0, TimeSpan.FromSeconds(10)), "the writer never caught up");
        }
    }

    public static short[] Samples(byte[] wav)
    {
        var data = wav.AsSpan(StereoWavWriter.HeaderSize);
        var samples = new short[data.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]);
        }

        return samples;
    }
}
