using System.Buffers.Binary;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Recording;

public sealed class CallRecorderTests : IAsyncDisposable
{
    private readonly CallMixer _mixer = new(TimeProvider.System);

    public ValueTask DisposeAsync() => _mixer.DisposeAsync();

    [Fact]
    public void StereoWav_HeaderAndInterleaving_AsRiffWaveSpecifies()
    {
        var sink = new ChunkSink();
        var writer = new StereoWavWriter((index, chunk) => sink.Stored[index] = chunk);
        writer.Write([1, 2], [-1, -2]);

        var wav = sink.Assemble(writer.Finish(), writer.Chunks);

        Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
        Assert.Equal(36 + 8, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(4)));
        Assert.Equal("WAVEfmt "u8.ToArray(), wav[8..16]);
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(20)));
        Assert.Equal(2, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(22)));
        Assert.Equal(8000, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)));
        Assert.Equal(32000, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(28)));
        Assert.Equal(16, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(34)));
        Assert.Equal("data"u8.ToArray(), wav[36..40]);
        Assert.Equal(8, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40)));
        Assert.Equal(new short[] { 1, -1, 2, -2 }, Samples(wav));
    }

    [Fact]
    public void StereoWav_ChannelsOfDifferentLength_Refused()
    {
        var writer = new StereoWavWriter((_, _) => { });

        Assert.Throws<ArgumentException>(() => writer.Write([1, 2], [1]));
        Assert.Equal(0, writer.SamplesPerChannel);
    }

    [Fact]
    public async Task Recorder_ManyChunks_HandedOverAsTheyFill_HeaderRewrittenWithTheFinalSizes()
    {
        var sink = new ChunkSink();
        using var recorder = new CallRecorder("rec-test", sink.Writer());

        // 20 s: ten chunks, the last one partial; every sample pair carries its position, so a seam that slips shows.
        ChunkSink.WriteSteadily(recorder, 1000, i => (short)(i % 30000), i => (short)-(i % 30000));
        Assert.Equal(9, sink.Stored.Count);
        Assert.Equal("RIFF"u8.ToArray(), sink.Stored[0][..4]);
        Assert.NotEqual("RIFF"u8.ToArray(), sink.Stored[1][..4]);
        var wav = await recorder.StopAsync();
        var file = sink.Assemble(wav!.Tail, wav.Chunks);

        Assert.Equal(10, wav.Chunks);
        Assert.Equal(44 + (160_000L * 4), wav.Length);
        Assert.Equal(wav.Length, file.LongLength);
        Assert.Equal(wav.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal(wav.Length - 44, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(40)));
        var samples = Samples(file);
        Assert.All(Enumerable.Range(0, 160_000), i =>
        {
            Assert.Equal((short)(i % 30000), samples[2 * i]);
            Assert.Equal((short)-(i % 30000), samples[(2 * i) + 1]);
        });
        Assert.Equal(TimeSpan.FromSeconds(20), wav.Duration);
        Assert.Empty(wav.Lost);
    }

    [Fact]
    public async Task Recorder_CustomerLeftAgentRight_PausedStretchIsSilence()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Add("supervisor", MixerRole.Supervisor, MonitorMode.Whisper);
        var sink = new ChunkSink();
        using var recorder = new CallRecorder("rec-test", sink.Writer());
        recorder.Attach(_mixer);

        await SayAsync(1000, 100, 10);
        Assert.True(recorder.Pause());
        Assert.False(recorder.Pause());
        await SayAsync(1000, 100, 10);
        Assert.True(recorder.Resume());
        Assert.False(recorder.Resume());
        await SayAsync(1000, 100, 10);
        var wav = await recorder.StopAsync();
        var samples = Samples(sink.Assemble(wav!.Tail, wav.Chunks));

        Assert.Equal(3 * CallMixer.FrameSamples * 2, samples.Length);
        var frames = samples.Chunk(CallMixer.FrameSamples * 2).ToArray();
        Assert.All(frames[0].Where((_, i) => i % 2 == 0), s => Assert.Equal(1000, s));
        Assert.All(frames[0].Where((_, i) => i % 2 == 1), s => Assert.Equal(100, s));
        Assert.All(frames[1], s => Assert.Equal(0, s));
        Assert.All(frames[2].Where((_, i) => i % 2 == 1), s => Assert.Equal(100, s));
        Assert.Equal(1, recorder.Pauses);
        Assert.Null(await recorder.StopAsync());
    }

    private void Add(string id, MixerRole role, MonitorMode mode = MonitorMode.Listen) =>
        _mixer.Add(new MixerParticipant(id, role, _ => ValueTask.CompletedTask, mode));

    private async Task SayAsync(short customer, short agent, short supervisor)
    {
        _mixer.Find("customer")!.Inbound.Write(Enumerable.Repeat(customer, CallMixer.FrameSamples).ToArray());
        _mixer.Find("agent")!.Inbound.Write(Enumerable.Repeat(agent, CallMixer.FrameSamples).ToArray());
        _mixer.Find("supervisor")!.Inbound.Write(Enumerable.Repeat(supervisor, CallMixer.FrameSamples).ToArray());
        await _mixer.TickAsync();
    }

    private static short[] Samples(byte[] wav) => ChunkSink.Samples(wav);
}
