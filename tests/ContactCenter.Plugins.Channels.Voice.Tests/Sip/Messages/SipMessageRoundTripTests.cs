using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Messages;

public sealed class SipMessageRoundTripTests
{
    [Theory]
    [InlineData("wsinv")]
    [InlineData("intmeth")]
    [InlineData("esc01")]
    [InlineData("escnull")]
    [InlineData("esc02")]
    [InlineData("lwsdisp")]
    [InlineData("longreq")]
    [InlineData("dblreq")]
    [InlineData("semiuri")]
    [InlineData("transports")]
    [InlineData("unreason")]
    [InlineData("noreason")]
    public void Serialize_ParsedTortureMessage_ParsesBackEqual(string name)
    {
        var first = SipMessageParser.Parse(TortureMessages.Load(name), SipLimits.Default);

        var wire = SipMessageSerializer.Serialize(first);
        var second = SipMessageParser.Parse(wire, SipLimits.Default);

        Assert.Equal(StartLine(first), StartLine(second));
        Assert.Equal(first.Headers.Select(h => (h.Name, h.Value)), second.Headers.Select(h => (h.Name, h.Value)));
        Assert.Equal(first.Body.ToArray(), second.Body.ToArray());
        Assert.Equal(wire, SipMessageSerializer.Serialize(second));
    }

    [Fact]
    public void Serialize_ResponseBuiltForRequest_CopiesDialogHeadersAndAddsToTag()
    {
        var request = Assert.IsType<SipRequest>(SipMessageParser.Parse(TortureMessages.Load("lwsdisp"), SipLimits.Default));

        var response = SipResponse.CreateFor(request, 200, toTag: "abc");
        var text = Encoding.UTF8.GetString(SipMessageSerializer.Serialize(response));

        Assert.StartsWith("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP funky.example.com;branch=z9hG4bKkdjuw\r\n", text, StringComparison.Ordinal);
        Assert.Contains("To: sip:user@example.com;tag=abc\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Content-Length: 0\r\n\r\n", text, StringComparison.Ordinal);
    }

    private static string StartLine(SipMessage message) => message switch
    {
        SipRequest request => $"{request.Method} {request.RequestUri}",
        SipResponse response => $"{response.StatusCode} {response.ReasonPhrase}",
        _ => throw new InvalidOperationException(),
    };
}
