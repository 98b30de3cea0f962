using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Rtp;

public sealed class RtpPacketTests
{
    [Fact]
    public void WriteThenParse_RoundTrips()
    {
        var packet = new RtpPacket(true, 8, 65535, 0xFFFFFF00, 0x12345678, new byte[] { 1, 2, 3 });
        var buffer = new byte[64];

        var length = packet.WriteTo(buffer);

        Assert.True(RtpPacket.TryParse(buffer.AsMemory(0, length), out var parsed));
        Assert.Equal((packet.Marker, packet.PayloadType, packet.Sequence, packet.Timestamp, packet.Ssrc), (parsed.Marker, parsed.PayloadType, parsed.Sequence, parsed.Timestamp, parsed.Ssrc));
        Assert.Equal([1, 2, 3], parsed.Payload.ToArray());
    }

    [Fact]
    public void Parse_CsrcExtensionAndPadding_Skipped()
    {
        // V=2 P=1 X=1 CC=1, PT 0; one CSRC; extension of one word; payload AA BB; two bytes of padding.
        byte[] data = [0xB1, 0x00, 0, 1, 0, 0, 0, 160, 0, 0, 0, 7, 0, 0, 0, 9, 0xBE, 0xDE, 0, 1, 1, 2, 3, 4, 0xAA, 0xBB, 0, 2];

        Assert.True(RtpPacket.TryParse(data, out var packet));

        Assert.Equal([0xAA, 0xBB], packet.Payload.ToArray());
        Assert.Equal(7u, packet.Ssrc);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0x8F, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xFF })]
    public void Parse_Malformed_False(byte[] data) => Assert.False(RtpPacket.TryParse(data, out _));

    [Theory]
    [InlineData('0', 0)]
    [InlineData('9', 9)]
    [InlineData('*', 10)]
    [InlineData('#', 11)]
    [InlineData('d', 15)]
    public void Dtmf_EventCodesAndRoundTrip(char digit, byte code)
    {
        var dtmf = new DtmfEvent(DtmfEvent.EventFor(digit), true, 10, 800);

        Assert.True(DtmfEvent.TryParse(dtmf.ToBytes(), out var parsed));

        Assert.Equal(code, parsed.Event);
        Assert.Equal(char.ToUpperInvariant(digit), parsed.Digit);
        Assert.Equal((true, (byte)10, (ushort)800), (parsed.End, parsed.Volume, parsed.Duration));
    }

    [Fact]
    public void Dtmf_NotADigit_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => DtmfEvent.EventFor('x'));

    [Fact]
    public void Rtcp_SenderReportWithBlockAndBye_RoundTrips()
    {
        var block = new RtcpReportBlock(99, 25, -3, 70000, 12, 0xABCD, 0x10);
        var report = new RtcpReport(42, true, 0x0102030405060708, 1600, 10, 1600, [block], "cc-test", true);

        Assert.True(RtcpPacket.TryParse(RtcpPacket.Build(report), out var parsed));

        Assert.Equal(report with { Blocks = [] }, parsed! with { Blocks = [] });
        Assert.Equal(block, Assert.Single(parsed.Blocks));
    }

    [Fact]
    public void Rtcp_ReceiverReport_RoundTrips()
    {
        var report = new RtcpReport(7, false, 0, 0, 0, 0, [], "x", false);

        Assert.True(RtcpPacket.TryParse(RtcpPacket.Build(report), out var parsed));

        Assert.False(parsed!.IsSenderReport);
        Assert.Equal("x", parsed.CName);
    }

    [Theory]
    [InlineData(new byte[] { 0x81, 200, 0, 50, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0x81, 201, 0, 1, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0x40, 201, 0, 1, 0, 0, 0, 1 })]
    [InlineData(new byte[] { 0x80, 201 })]
    public void Rtcp_Malformed_False(byte[] data) => Assert.False(RtcpPacket.TryParse(data, out _));
}
