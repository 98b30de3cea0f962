using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Calls;

/// <summary>Refer-To (RFC 3515), Replaces (RFC 3891), message/sipfrag (RFC 3420), Session-Expires and Min-SE (RFC 4028): good and malformed values.</summary>
public sealed class SipTransferHeadersTests
{
    [Theory]
    [InlineData("<sip:salud@10.0.0.1>", "salud", "10.0.0.1")]
    [InlineData("\"Salud\" <sip:salud@pbx.example.com:5070;transport=udp>;x=1", "salud", "pbx.example.com")]
    [InlineData("sip:agent2@10.0.0.1", "agent2", "10.0.0.1")]
    [InlineData("<sips:agent%32@10.0.0.1>", "agent2", "10.0.0.1")]
    public void ReferTo_Parsed(string value, string user, string host)
    {
        var target = SipReferTo.Parse(Refer($"Refer-To: {value}\r\n"));

        Assert.Equal(user, target.UserUnescaped);
        Assert.Equal(host, target.Host);
        Assert.Null(SipReplaces.FromReferTo(target));
    }

    [Fact]
    public void ReferTo_CompactForm_Parsed() =>
        Assert.Equal("autos", SipReferTo.Parse(Refer("r: <sip:autos@10.0.0.1>\r\n")).UserUnescaped);

    [Theory]
    [InlineData("", "Missing Refer-To")]
    [InlineData("Refer-To: <sip:salud@10.0.0.1\r\n", "Malformed Refer-To")]
    [InlineData("Refer-To: \"unterminated <sip:salud@10.0.0.1>\r\n", "Malformed Refer-To")]
    [InlineData("Refer-To: <mailto:salud@example.com>\r\n", "Refer-To must be a sip: or sips: URI")]
    [InlineData("Refer-To: <tel:+34900100200>\r\n", "Refer-To must be a sip: or sips: URI")]
    [InlineData("Refer-To: <sip:10.0.0.1>\r\n", "Refer-To names no user")]
    [InlineData("Refer-To: <sip:a@10.0.0.1>\r\nRefer-To: <sip:b@10.0.0.1>\r\n", "Exactly one Refer-To target is allowed")]
    [InlineData("Refer-To: <sip:a@10.0.0.1>, <sip:b@10.0.0.1>\r\n", "Exactly one Refer-To target is allowed")]
    public void ReferTo_MissingOrMalformed_400WithReason(string header, string reason)
    {
        var error = Assert.Throws<SipParseException>(() => SipReferTo.Parse(Refer(header)));

        Assert.Equal(SipStatusCodes.BadRequest, error.Status);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void ReferTo_WithReplaces_NamesTheDialogUnescaped()
    {
        var target = SipReferTo.Parse(Refer("Refer-To: <sip:agent2@10.0.0.1?Replaces=abc%4010.0.0.1%3Bto-tag%3D1%3Bfrom-tag%3D2>\r\n"));

        Assert.Equal(new SipReplaces("abc@10.0.0.1", "1", "2", false), SipReplaces.FromReferTo(target));
    }

    [Theory]
    [InlineData("Replaces: x@h;to-tag=t1;from-tag=f1\r\n", "x@h", "t1", "f1", false)]
    [InlineData("Replaces: x@h ; from-tag=f1 ; to-tag=t1 ; early-only\r\n", "x@h", "t1", "f1", true)]
    public void ReplacesHeader_Parsed(string header, string callId, string toTag, string fromTag, bool earlyOnly) =>
        Assert.Equal(new SipReplaces(callId, toTag, fromTag, earlyOnly), SipReplaces.FromInvite(Refer(header)));

    [Fact]
    public void ReplacesHeader_Absent_Null() => Assert.Null(SipReplaces.FromInvite(Refer(string.Empty)));

    [Theory]
    [InlineData("Replaces: x@h;to-tag=t1\r\n")]
    [InlineData("Replaces: x@h;from-tag=f1\r\n")]
    [InlineData("Replaces: ;to-tag=t1;from-tag=f1\r\n")]
    [InlineData("Replaces: x@h;to-tag=;from-tag=f1\r\n")]
    [InlineData("Replaces: x@h;to-tag=t1;from-tag=f1\r\nReplaces: y@h;to-tag=t1;from-tag=f1\r\n")]
    public void ReplacesHeader_MissingPartsOrTwice_400(string header) =>
        Assert.Equal(SipStatusCodes.BadRequest, Assert.Throws<SipParseException>(() => SipReplaces.FromInvite(Refer(header))).Status);

    [Theory]
    [InlineData("<sip:agent2@10.0.0.1?Replaces=abc%3Bto-tag%3D1>")]
    [InlineData("<sip:agent2@10.0.0.1?Replaces>")]
    [InlineData("<sip:agent2@10.0.0.1?Replaces=a%3Bto-tag%3D1%3Bfrom-tag%3D2&Replaces=b%3Bto-tag%3D1%3Bfrom-tag%3D2>")]
    public void ReferTo_MalformedReplaces_400(string value) =>
        Assert.Equal(SipStatusCodes.BadRequest, Assert.Throws<SipParseException>(() => SipReplaces.FromReferTo(SipReferTo.Parse(Refer($"Refer-To: {value}\r\n")))).Status);

    [Theory]
    [InlineData(100, "SIP/2.0 100 Trying\r\n")]
    [InlineData(200, "SIP/2.0 200 OK\r\n")]
    [InlineData(404, "SIP/2.0 404 Not Found\r\n")]
    [InlineData(503, "SIP/2.0 503 Service Unavailable\r\n")]
    public void SipFrag_StatusLine_RoundTrips(int status, string line)
    {
        var body = SipFrag.StatusLine(status);

        Assert.Equal(line, Encoding.UTF8.GetString(body));
        Assert.Equal(status, SipFrag.ParseStatus(body));
    }

    [Fact]
    public void SipFrag_WithHeadersAfterTheStatusLine_Parsed() =>
        Assert.Equal(180, SipFrag.ParseStatus("SIP/2.0 180 Ringing\r\nContact: <sip:x@10.0.0.1>\r\n"u8));

    [Theory]
    [InlineData("")]
    [InlineData("SIP/2.0")]
    [InlineData("HTTP/1.1 200 OK")]
    [InlineData("SIP/2.0 2000 OK")]
    [InlineData("SIP/2.0 abc Nope")]
    [InlineData("SIP/2.0 099 Too Low")]
    [InlineData("INVITE sip:x@10.0.0.1 SIP/2.0")]
    public void SipFrag_NotAStatusLine_FormatException(string body) =>
        Assert.Throws<FormatException>(() => SipFrag.ParseStatus(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("1800;refresher=uac", 1800, "uac")]
    [InlineData("90", 90, null)]
    [InlineData(" 120 ; refresher=UAS", 120, "uas")]
    [InlineData("600;foo=bar;refresher=uas", 600, "uas")]
    public void SessionExpires_Parsed(string value, long seconds, string? refresher)
    {
        var timer = SipSessionTimer.ParseSessionExpires(value)!;

        Assert.Equal(seconds, timer.Seconds);
        Assert.Equal(refresher, timer.Refresher);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1800;")]
    [InlineData("1800;refresher=both")]
    [InlineData("1800;refresher")]
    [InlineData("18 00")]
    public void SessionExpires_Malformed_400(string value)
    {
        var error = Assert.Throws<SipParseException>(() => SipSessionTimer.ParseSessionExpires(value));

        Assert.Equal(SipStatusCodes.BadRequest, error.Status);
    }

    [Fact]
    public void SessionExpires_Absent_Null() => Assert.Null(SipSessionTimer.ParseSessionExpires(null));

    [Theory]
    [InlineData("90", 90)]
    [InlineData("300;x=1", 300)]
    public void MinSe_Parsed(string value, long seconds) => Assert.Equal(seconds, SipSessionTimer.ParseMinSe(value));

    [Theory]
    [InlineData("")]
    [InlineData("ninety")]
    [InlineData("0")]
    [InlineData("90;")]
    public void MinSe_Malformed_400(string value) =>
        Assert.Equal(SipStatusCodes.BadRequest, Assert.Throws<SipParseException>(() => SipSessionTimer.ParseMinSe(value)).Status);

    private static SipRequest Refer(string headers) => SipTestClient.Parse(
        "REFER sip:cc@10.0.0.9 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKr1\r\nMax-Forwards: 70\r\n"
        + "From: <sip:agent1@10.0.0.9>;tag=a\r\nTo: <sip:cc@10.0.0.9>;tag=b\r\nCall-ID: r1@test\r\nCSeq: 2 REFER\r\n"
        + headers + "Content-Length: 0\r\n\r\n");
}
