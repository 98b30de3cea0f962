using ContactCenter.Plugins.Channels.Voice.Media.Mixing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Mixing;

public sealed class PcmFrameBufferTests
{
    [Fact]
    public void TryRead_PacketsOfOtherSizes_ReassembledInto20MsFrames()
    {
        var buffer = new PcmFrameBuffer();
        buffer.Write(Enumerable.Range(0, 240).Select(i => (short)i).ToArray());
        buffer.Write(Enumerable.Range(240, 80).Select(i => (short)i).ToArray());
        var frame = new short[160];

        Assert.True(buffer.TryRead(frame));
        Assert.Equal(Enumerable.Range(0, 160).Select(i => (short)i), frame);
        Assert.True(buffer.TryRead(frame));
        Assert.Equal(Enumerable.Range(160, 160).Select(i => (short)i), frame);
        Assert.False(buffer.TryRead(frame));
        Assert.All(frame, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Write_Overflow_OldestDroppedLatencyBounded()
    {
        var buffer = new PcmFrameBuffer(capacitySamples: 320);
        buffer.Write(Enumerable.Repeat((short)1, 320).ToArray());
        buffer.Write(Enumerable.Repeat((short)2, 160).ToArray());
        var frame = new short[160];

        Assert.Equal(320, buffer.Available);
        Assert.Equal(160, buffer.Dropped);
        Assert.True(buffer.TryRead(frame));
        Assert.All(frame, s => Assert.Equal(1, s));
        Assert.True(buffer.TryRead(frame));
        Assert.All(frame, s => Assert.Equal(2, s));
    }
}
