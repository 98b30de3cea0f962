using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Sdp;

public sealed class SdpNegotiatorTests
{
    private const string Offer =
        "v=0\r\no=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n" +
        "m=audio 49170 RTP/AVP 18 8 0 96\r\na=rtpmap:18 G729/8000\r\na=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-15\r\na=sendrecv\r\n" +
        "m=video 51372 RTP/AVP 31\r\n";

    [Fact]
    public void Answer_PicksOfferersFirstG711_KeepsTheirEventPayloadType_RejectsVideo()
    {
        var (answer, media) = SdpNegotiator.Answer(SdpSession.Parse(Offer), "127.0.0.1", 40000, 40001, 1, 1)!.Value;

        Assert.Equal(8, media.PayloadType);
        Assert.True(media.ALaw);
        Assert.Equal(96, media.TelephoneEvent);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.0.2.10"), 49170), media.RemoteRtp);
        Assert.Equal(49171, media.RemoteRtcp!.Port);
        var reparsed = SdpSession.Parse(answer.ToString());
        Assert.Equal(2, reparsed.Media.Count);
        Assert.Equal(["8", "96"], reparsed.Media[0].Formats);
        Assert.Equal(40000, reparsed.Media[0].Port);
        Assert.Equal("telephone-event/8000", reparsed.Media[0].RtpMaps[96]);
        Assert.Equal(0, reparsed.Media[1].Port);
        Assert.Equal("127.0.0.1", reparsed.ConnectionAddress);
    }

    [Theory]
    [InlineData("a=sendonly", "RecvOnly")]
    [InlineData("a=recvonly", "SendOnly")]
    [InlineData("a=inactive", "Inactive")]
    public void Answer_Hold_DirectionReversed(string attribute, string reversed)
    {
        var expected = Enum.Parse<SdpDirection>(reversed);
        var offer = SdpSession.Parse(Offer.Replace("a=sendrecv", attribute, StringComparison.Ordinal));

        var (answer, media) = SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40002, 1, 2)!.Value;

        Assert.Equal(expected, media.Direction);
        Assert.Equal(expected, SdpSession.Parse(answer.ToString()).Media[0].Direction);
        Assert.Equal(40002, SdpSession.Parse(answer.ToString()).Media[0].RtcpPort);
    }

    [Fact]
    public void Answer_OldStyleHoldAddress_NoDestination()
    {
        var offer = SdpSession.Parse(Offer.Replace("c=IN IP4 192.0.2.10", "c=IN IP4 0.0.0.0", StringComparison.Ordinal));

        var media = SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40001, 1, 1)!.Value.Media;

        Assert.Null(media.RemoteRtp);
        Assert.False(media.CanSend);
    }

    [Theory]
    [InlineData("m=audio 49170 RTP/AVP 18\r\n")]
    [InlineData("m=audio 49170 RTP/SAVP 0\r\n")]
    [InlineData("m=audio 0 RTP/AVP 0\r\n")]
    [InlineData("m=video 49170 RTP/AVP 0\r\n")]
    public void Answer_NothingAcceptable_Null(string media)
    {
        var offer = SdpSession.Parse("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n" + media);

        Assert.Null(SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40001, 1, 1));
    }

    [Fact]
    public void OfferThenAcceptAnswer_RoundTrips()
    {
        var offer = SdpNegotiator.Offer("127.0.0.1", 30000, 30001, 5, 1);
        var (answer, _) = SdpNegotiator.Answer(SdpSession.Parse(offer.ToString()), "127.0.0.2", 31000, 31001, 6, 1)!.Value;

        var media = SdpNegotiator.AcceptAnswer(SdpSession.Parse(answer.ToString()))!;

        Assert.Equal(0, media.PayloadType);
        Assert.Equal(SdpNegotiator.TelephoneEventPayloadType, media.TelephoneEvent);
        Assert.Equal(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 31000), media.RemoteRtp);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v=1\r\n")]
    [InlineData("v=0\r\ns=-\r\n")]
    [InlineData("v=0\r\no=- x 1 IN IP4 1.2.3.4\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nm=audio 99999 RTP/AVP 0\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN\r\n")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ngarbage\r\n")]
    public void Parse_Malformed_FormatException(string text) => Assert.Throws<FormatException>(() => SdpSession.Parse(text));
}
