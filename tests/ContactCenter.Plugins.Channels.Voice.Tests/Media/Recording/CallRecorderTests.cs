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
        using var writer = new StereoWavWriter();
        writer.Write([1, 2], [-1, -2]);

        var wav = writer.ToArray();

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
        using var writer = new StereoWavWriter();

        Assert.Throws<ArgumentException>(() => writer.Write([1, 2], [1]));
        Assert.Equal(0, writer.SamplesPerChannel);
    }

    [Fact]
    public async Task Recorder_CustomerLeftAgentRight_PausedStretchIsSilence()
    {
        Add("customer", MixerRole.Customer);
        Add("agent", MixerRole.Agent);
        Add("supervisor", MixerRole.Supervisor, MonitorMode.Whisper);
        using var recorder = new CallRecorder(_mixer);

        await SayAsync(1000, 100, 10);
        Assert.True(recorder.Pause());
        Assert.False(recorder.Pause());
        await SayAsync(1000, 100, 10);
        Assert.True(recorder.Resume());
        Assert.False(recorder.Resume());
        await SayAsync(1000, 100, 10);
        var samples = Samples(recorder.Stop());

        Assert.Equal(3 * CallMixer.FrameSamples * 2, samples.Length);
        var frames = samples.Chunk(CallMixer.FrameSamples * 2).ToArray();
        Assert.All(frames[0].Where((_, i) => i % 2 == 0), s => Assert.Equal(1000, s));
        Assert.All(frames[0].Where((_, i) => i % 2 == 1), s => Assert.Equal(100, s));
        Assert.All(frames[1], s => Assert.Equal(0, s));
        Assert.All(frames[2].Where((_, i) => i % 2 == 1), s => Assert.Equal(100, s));
        Assert.Equal(1, recorder.Pauses);
        Assert.Empty(recorder.Stop());
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

    private static short[] Samples(byte[] wav)
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
