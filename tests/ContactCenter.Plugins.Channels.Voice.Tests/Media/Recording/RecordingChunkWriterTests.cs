using ContactCenter.Plugins.Channels.Voice.Media.Recording;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Recording;

/// <summary>The background writer keeps a call's memory bounded and never loses a chunk without saying so.</summary>
public sealed class RecordingChunkWriterTests
{
    [Fact]
    public async Task LongRecording_StorageStalled_BufferedChunksNeverExceedTheBound_TheRestCountedAndReported()
    {
        var release = new TaskCompletionSource();
        var stored = new List<int>();
        var reported = new List<(int Index, Exception? Error)>();
        var writer = new RecordingChunkWriter(
            async (index, _, _) =>
            {
                await release.Task;
                stored.Add(index);
            },
            (index, error) => reported.Add((index, error)),
            maxBufferedChunks: 2);
        using var recorder = new CallRecorder("rec-test", writer);
        var frame = Enumerable.Repeat((short)1000, 160).ToArray();

        // Ten minutes of audio while storage answers nothing: about 293 chunks are handed over.
        for (var i = 0; i < 30_000; i++)
        {
            recorder.Write(frame, frame);
            Assert.InRange(writer.BufferedChunks, 0, 2);
        }

        release.SetResult();
        var wav = await recorder.StopAsync();

        var handedOver = wav!.Chunks - 1;
        Assert.Equal(293, wav.Chunks);
        Assert.Equal(2, writer.MaxBufferedSeen);
        Assert.Equal([0, 1], stored);
        Assert.Equal(handedOver - 2, writer.Dropped);
        Assert.Equal(Enumerable.Range(2, handedOver - 2), wav.Lost);
        Assert.Equal(Enumerable.Range(2, handedOver - 2), reported.Select(r => r.Index));
        Assert.All(reported, r => Assert.Null(r.Error));
        Assert.Equal(TimeSpan.FromMinutes(10), wav.Duration);
    }

    [Fact]
    public async Task StoreFails_ChunkCountedAndReported_RecordingGoesOn()
    {
        var stored = new List<int>();
        var reported = new List<(int Index, Exception? Error)>();
        var writer = new RecordingChunkWriter(
            (index, _, _) =>
            {
                if (index == 3)
                {
                    throw new IOException("disk full (test)");
                }

                stored.Add(index);
                return Task.CompletedTask;
            },
            (index, error) => reported.Add((index, error)));
        using var recorder = new CallRecorder("rec-test", writer);

        ChunkSink.WriteSteadily(recorder, 1000, _ => 1, _ => 2);
        var wav = await recorder.StopAsync();

        Assert.Equal([0, 1, 2, 4, 5, 6, 7, 8], stored);
        Assert.Equal(1, writer.Failed);
        Assert.Equal(0, writer.Dropped);
        Assert.Equal([3], wav!.Lost);
        var (index, error) = Assert.Single(reported);
        Assert.Equal(3, index);
        Assert.IsType<IOException>(error);
        Assert.Equal(TimeSpan.FromSeconds(20), wav.Duration);
    }

    [Fact]
    public void Constructor_NoRoomForAChunk_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordingChunkWriter((_, _, _) => Task.CompletedTask, (_, _) => { }, 0));
}
