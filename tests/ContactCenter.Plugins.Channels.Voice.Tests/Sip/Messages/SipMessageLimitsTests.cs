using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Messages;

public sealed class SipMessageLimitsTests
{
    private const string Head = "OPTIONS sip:a@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h.example.com;branch=z9hG4bK1\r\n"
        + "To: <sip:a@example.com>\r\nFrom: <sip:b@example.com>;tag=1\r\nCall-ID: c1\r\nCSeq: 1 OPTIONS\r\n";

    [Fact]
    public void Parse_MessageOverMaximumSize_413()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "X-Pad: " + new string('a', 2000) + "\r\nContent-Length: 0\r\n\r\n");

        var error = Assert.Throws<SipParseException>(() => SipMessageParser.Parse(bytes, new SipLimits { MaxMessageSize = 1024 }));

        Assert.Equal(413, error.Status);
    }

    [Fact]
    public void Parse_TooManyHeaders_413()
    {
        var extra = string.Concat(Enumerable.Range(0, 20).Select(i => $"X-H{i}: v\r\n"));
        var bytes = Encoding.UTF8.GetBytes(Head + extra + "Content-Length: 0\r\n\r\n");

        var error = Assert.Throws<SipParseException>(() => SipMessageParser.Parse(bytes, new SipLimits { MaxHeaderCount = 16 }));

        Assert.Equal(413, error.Status);
    }

    [Fact]
    public void Parse_HeaderLineTooLong_413()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "Subject: " + new string('s', 600) + "\r\nContent-Length: 0\r\n\r\n");

        var error = Assert.Throws<SipParseException>(() => SipMessageParser.Parse(bytes, new SipLimits { MaxHeaderLineLength = 512 }));

        Assert.Equal(413, error.Status);
    }

    [Theory]
    [InlineData("Content-Length: five\r\n", 400)]
    [InlineData("Content-Length: 99999999999999999999999\r\n", 413)]
    [InlineData("Via: SIP/2.0/UDP [2001:db8::zz]\r\nContent-Length: 0\r\n", 400)]
    [InlineData("Max-Forwards: 256\r\nContent-Length: 0\r\n", 400)]
    [InlineData("X-Bad\r\nContent-Length: 0\r\n", 400)]
    [InlineData(" folded-first: x\r\nContent-Length: 0\r\n", 400)]
    public void Parse_UglyHeader_TypedRejection(string tail, int status)
    {
        var bytes = Encoding.UTF8.GetBytes(Head + tail + "\r\n");

        var error = Assert.Throws<SipParseException>(() => SipMessageParser.Parse(bytes, SipLimits.Default));

        Assert.Equal(status, error.Status);
    }

    [Fact]
    public void Parse_InvalidUtf8InHeader_400()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "Subject: ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\r\nContent-Length: 0\r\n\r\n")).ToArray();

        var error = Assert.Throws<SipParseException>(() => SipMessageParser.Parse(bytes, SipLimits.Default));

        Assert.Equal(400, error.Status);
    }

    [Fact]
    public void Parse_BinaryBodyWithNulAndBareCr_KeptByteForByte()
    {
        byte[] body = [0x30, 0x00, 0x0D, 0x82, 0x0D, 0x0A, 0x00, 0xFF];
        var bytes = Encoding.UTF8.GetBytes(Head + "Content-Type: application/octet-stream\r\nContent-Length: 8\r\n\r\n").Concat(body).ToArray();

        var message = SipMessageParser.Parse(bytes, SipLimits.Default);

        Assert.Equal(body, message.Body.ToArray());
    }

    [Fact]
    public void Parse_Ipv6ViaAndReceived_ReadsReferences()
    {
        var bytes = Encoding.UTF8.GetBytes(Head.Replace("h.example.com", "[2001:db8::9]:5070", StringComparison.Ordinal)
            .Replace("branch=z9hG4bK1", "branch=z9hG4bK1;received=[2001:db8::9];rport=5070", StringComparison.Ordinal) + "Content-Length: 0\r\n\r\n");

        var via = SipMessageParser.Parse(bytes, SipLimits.Default).TopVia!;

        Assert.Equal("[2001:db8::9]", via.Host);
        Assert.Equal(5070, via.Port);
        Assert.Equal("[2001:db8::9]", via.Received);
        Assert.Equal(5070, via.Rport);
    }
}
