using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Rtp;

/// <summary>Ordering, loss, lateness, bounds and recovery of the receive jitter buffer, frame by frame.</summary>
public sealed class JitterBufferTests
{
    private const int Frame = 160;
    private const uint Ssrc = 0x1234;

    [Fact]
    public void TryRead_BeforeTheTargetDepth_IsSilenceThenAudioInOrder()
    {
        var buffer = new JitterBuffer();
        buffer.Write(Ssrc, 1000, Level(1), arrival: 1000);

        Assert.Equal((false, 0), Read(buffer));
        buffer.Write(Ssrc, 1000 + Frame, Level(2), arrival: 1000 + Frame);

        Assert.Equal((true, 1), Read(buffer));
        Assert.Equal((true, 2), Read(buffer));
    }

    [Fact]
    public void TryRead_PacketsReordered_PlaysThemInTimestampOrder()
    {
        var buffer = new JitterBuffer();
        foreach (var n in new[] { 0, 2, 1, 3 })
        {
            buffer.Write(Ssrc, (uint)(n * Frame), Level(n + 1), arrival: n * Frame);
        }

        Assert.Equal([1, 2, 3, 4], Enumerable.Range(0, 4).Select(_ => Read(buffer).Level));
        Assert.Equal(0, buffer.Late);
        Assert.Equal(0, buffer.Concealed);
    }

    [Fact]
    public void Write_SamePacketTwice_IsCountedAndPlayedOnce()
    {
        var buffer = new JitterBuffer();
        buffer.Write(Ssrc, 0, Level(5), 0);
        buffer.Write(Ssrc, 0, Level(5), 10);
        buffer.Write(Ssrc, Frame, Level(6), Frame);

        Assert.Equal(1, buffer.Duplicates);
        Assert.Equal(5, Read(buffer).Level);
        Assert.Equal(6, Read(buffer).Level);
    }

    [Fact]
    public void Write_AfterItsPlayoutTime_IsDroppedAsLate()
    {
        var buffer = new JitterBuffer();
        buffer.Write(Ssrc, 0, Level(1), 0);
        buffer.Write(Ssrc, 2 * Frame, Level(3), 2 * Frame);
        Read(buffer);
        Read(buffer);

        buffer.Write(Ssrc, Frame, Level(2), 5 * Frame);

        Assert.Equal(1, buffer.Late);
        Assert.Equal((true, 3), Read(buffer));
    }

    [Fact]
    public void TryRead_LostFrames_RepeatsTheLastAtHalfLevelOnceThenSilence()
    {
        var buffer = new JitterBuffer();
        buffer.Write(Ssrc, 0, Level(100), 0);
        buffer.Write(Ssrc, 3 * Frame, Level(7), 3 * Frame);

        Assert.Equal((true, 100), Read(buffer));
        Assert.Equal((false, 50), Read(buffer));
        Assert.Equal((false, 0), Read(buffer));
        Assert.Equal((true, 7), Read(buffer));
        Assert.Equal(2, buffer.Concealed);
    }

    [Fact]
    public void TryRead_TimestampsWrappingAround_KeepPlayingInOrder()
    {
        var buffer = new JitterBuffer();
        var start = uint.MaxValue - Frame + 1;
        for (var n = 0; n < 4; n++)
        {
            buffer.Write(Ssrc, unchecked(start + (uint)(n * Frame)), Level(n + 1), n * Frame);
        }

        Assert.Equal([1, 2, 3, 4], Enumerable.Range(0, 4).Select(_ => Read(buffer).Level));
        Assert.Equal(0, buffer.Late + buffer.Concealed + buffer.Skipped);
    }

    [Fact]
    public void Write_BurstBeyondTheBound_SkipsTheOldestAudioAndKeepsLatencyBounded()
    {
        var buffer = new JitterBuffer(minDelaySamples: 2 * Frame, maxDelaySamples: 6 * Frame);
        for (var n = 0; n < 10; n++)
        {
            buffer.Write(Ssrc, (uint)(n * Frame), Level(n + 1), 0);
        }

        Assert.True(buffer.Depth <= buffer.MaxDelaySamples, $"depth {buffer.Depth}");
        Assert.Equal(4 * Frame, buffer.Skipped);

        // Still far above the target: playout trims one more frame of latency.
        Assert.Equal(6, Read(buffer).Level);
        Assert.Equal(5 * Frame, buffer.Skipped);
    }

    [Fact]
    public void TryRead_StreamGoesQuietThenResumesLater_BuffersAgainFromTheNewTalkspurt()
    {
        var buffer = new JitterBuffer();
        buffer.Write(Ssrc, 0, Level(1), 0);
        buffer.Write(Ssrc, Frame, Level(2), Frame);
        Read(buffer);
        Read(buffer);
        for (var i = 0; i < 3; i++)
        {
            Read(buffer);
        }

        Assert.Equal(1, buffer.Underruns);
        buffer.Write(Ssrc, 100 * Frame, Level(8), 100 * Frame);
        buffer.Write(Ssrc, 101 * Frame, Level(9), 101 * Frame);

        Assert.Equal(1, buffer.Resyncs);
        Assert.Equal(0, buffer.Late);
        Assert.Equal((true, 8), Read(buffer));
        Assert.Equal((true, 9), Read(buffer));
    }

    [Fact]
    public void Write_NewSource_StartsOverFromItsTimestamps()
    {
        var buffer = new JitterBuffer();
        buffer.Write(Ssrc, 0, Level(1), 0);
        buffer.Write(Ssrc, Frame, Level(2), Frame);

        buffer.Write(Ssrc + 1, 90_000, Level(3), 2 * Frame);
        buffer.Write(Ssrc + 1, 90_000 + Frame, Level(4), 3 * Frame);

        Assert.Equal(1, buffer.Resyncs);
        Assert.Equal(3, Read(buffer).Level);
        Assert.Equal(4, Read(buffer).Level);
    }

    [Fact]
    public void TargetDelay_AfterJitteryArrivals_GrowsWithinTheBounds()
    {
        var buffer = new JitterBuffer(minDelaySamples: 2 * Frame, maxDelaySamples: 10 * Frame);
        var random = new Random(7);
        for (var n = 0; n < 200; n++)
        {
            buffer.Write(Ssrc, (uint)(n * Frame), Level(1), (n * Frame) + random.Next(0, 4 * Frame));
            Read(buffer);
        }

        // Running dry re-evaluates the target from the measured jitter.
        for (var i = 0; i < 20; i++)
        {
            Read(buffer);
        }

        Assert.True(buffer.Jitter > Frame / 2, $"jitter {buffer.Jitter}");
        Assert.InRange(buffer.TargetDelaySamples, 3 * Frame, 9 * Frame);
        Assert.Equal(0, buffer.TargetDelaySamples % Frame);
    }

    [Fact]
    public void Constructor_BoundsThatCannotHoldAFrame_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JitterBuffer(minDelaySamples: 80));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JitterBuffer(minDelaySamples: 2 * Frame, maxDelaySamples: 2 * Frame));
    }

    private static short[] Level(int level) => Enumerable.Repeat((short)level, Frame).ToArray();

    private static (bool Played, int Level) Read(JitterBuffer buffer)
    {
        var frame = new short[Frame];
        var played = buffer.TryRead(frame);
        Assert.All(frame, s => Assert.Equal(frame[0], s));
        return (played, frame[0]);
    }
}
