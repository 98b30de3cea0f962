using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Calls;

/// <summary>The call layer's ugly cases over raw UDP on loopback: each gets its response and leaves no call behind.</summary>
public sealed class SipCallManagerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("BYE")]
    [InlineData("CANCEL")]
    public async Task UnknownDialogOrTransaction_481(string method)
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);
        using var client = Client();

        await SendAsync(client, server, Request(method, "z9hG4bKnone", toTag: method == "BYE" ? ";tag=nobody" : string.Empty, body: null));

        Assert.StartsWith("SIP/2.0 481 ", await ReceiveAsync(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReInvite_UnknownDialog_481()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication());
        using var client = Client();

        await SendAsync(client, server, Request("INVITE", "z9hG4bKre", toTag: ";tag=gone", body: Sdp("RTP/AVP 0")));

        Assert.StartsWith("SIP/2.0 481 ", await ReceiveAsync(client), StringComparison.Ordinal);
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Theory]
    [InlineData("v=0\r\nthis is not sdp\r\n", "application/sdp", "400")]
    [InlineData("hello", "text/plain", "415")]
    [InlineData(null, "application/sdp", "200")]
    public async Task Invite_BodyChecked(string? body, string contentType, string expected)
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);
        using var client = Client();

        await SendAsync(client, server, Request("INVITE", "z9hG4bKbody", toTag: string.Empty, body: body, contentType: contentType));

        var final = await FinalAsync(client);
        Assert.StartsWith($"SIP/2.0 {expected} ", final, StringComparison.Ordinal);
        if (expected == "200")
        {
            // No offer in the INVITE: ours goes in the 200 (the answer would come in the ACK).
            Assert.Contains("m=audio ", final, StringComparison.Ordinal);
            Assert.Contains("a=rtpmap:0 PCMU/8000", final, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(application.Calls);
        }
    }

    [Fact]
    public async Task Invite_Retransmitted_OneCallAndLastResponseRepeated()
    {
        var application = new TestCallApplication { Answer = false };
        await using var server = RunningCallServer.Start(application);
        using var client = Client();
        var invite = Request("INVITE", "z9hG4bKretx", toTag: string.Empty, body: Sdp("RTP/AVP 0"));

        await SendAsync(client, server, invite);
        Assert.StartsWith("SIP/2.0 100 ", await ReceiveAsync(client), StringComparison.Ordinal);
        Assert.StartsWith("SIP/2.0 180 ", await ReceiveAsync(client), StringComparison.Ordinal);
        await SendAsync(client, server, invite);

        Assert.StartsWith("SIP/2.0 180 ", await ReceiveAsync(client), StringComparison.Ordinal);
        Assert.Single(application.Calls);
        Assert.Equal(1, server.Calls.ActiveCalls);
    }

    [Fact]
    public async Task Invite_WhileDraining_503RetryAfterAndTheCallInProgressCarriesOn()
    {
        var application = new TestCallApplication { Answer = false };
        await using var server = RunningCallServer.Start(application);
        using var inProgress = Client();
        using var newcomer = Client();
        await SendAsync(inProgress, server, Request("INVITE", "z9hG4bKkept", toTag: string.Empty, body: Sdp("RTP/AVP 0")));
        Assert.StartsWith("SIP/2.0 100 ", await ReceiveAsync(inProgress), StringComparison.Ordinal);
        Assert.StartsWith("SIP/2.0 180 ", await ReceiveAsync(inProgress), StringComparison.Ordinal);

        server.Calls.BeginDrain(5);
        await SendAsync(newcomer, server, Request("INVITE", "z9hG4bKlate", toTag: string.Empty, body: Sdp("RTP/AVP 0")));

        var refused = await FinalAsync(newcomer);
        Assert.StartsWith("SIP/2.0 503 ", refused, StringComparison.Ordinal);
        Assert.Contains("\r\nRetry-After: 5\r\n", refused, StringComparison.Ordinal);
        Assert.True(server.Calls.IsDraining);
        Assert.Single(application.Calls);
        Assert.Equal(1, server.Calls.ActiveCalls);
    }

    private static string Request(string method, string branch, string toTag, string? body, string contentType = "application/sdp", string? callId = null, int cseq = 1, string extraHeaders = "")
    {
        var builder = new StringBuilder()
            .Append(method).Append(" sip:autos@127.0.0.1 SIP/2.0\r\n")
            .Append("Via: SIP/2.0/UDP 127.0.0.1:5999;branch=").Append(branch).Append(";rport\r\n")
            .Append("Max-Forwards: 70\r\nFrom: <sip:5550100@127.0.0.1>;tag=caller1\r\n")
            .Append("To: <sip:autos@127.0.0.1>").Append(toTag).Append("\r\n")
            .Append("Call-ID: ").Append(callId ?? branch + "@test").Append("\r\nCSeq: ").Append(cseq).Append(' ').Append(method).Append("\r\n")
            .Append("Contact: <sip:5550100@127.0.0.1:5999>\r\n").Append(extraHeaders);
        if (body is not null)
        {
            builder.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        return builder.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(body ?? string.Empty)).Append("\r\n\r\n").Append(body).ToString();
    }

    [Theory]
    [InlineData(null, "Missing Refer-To")]
    [InlineData("<sip:salud@127.0.0.1", "Malformed Refer-To")]
    [InlineData("<tel:+34900100200>", "Refer-To must be a sip: or sips: URI")]
    [InlineData("<sip:127.0.0.1>", "Refer-To names no user")]
    [InlineData("<sip:salud@127.0.0.1>, <sip:autos@127.0.0.1>", "Exactly one Refer-To target is allowed")]
    public async Task Refer_MissingOrBadReferTo_400WithTheReason(string? referTo, string reason)
    {
        await using var server = RunningCallServer.Start(new TestCallApplication());
        using var client = Client();

        await SendAsync(client, server, Request("REFER", "z9hG4bKbadrefer", toTag: ";tag=ours", body: null, extraHeaders: referTo is null ? string.Empty : $"Refer-To: {referTo}\r\n"));

        Assert.StartsWith($"SIP/2.0 400 {reason}\r\n", await ReceiveAsync(client), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";tag=nobody")]
    public async Task Refer_OutsideAnyDialog_481(string toTag)
    {
        await using var server = RunningCallServer.Start(new TestCallApplication());
        using var client = Client();

        await SendAsync(client, server, Request("REFER", "z9hG4bKnodialog", toTag, body: null, extraHeaders: "Refer-To: <sip:salud@127.0.0.1>\r\n"));

        Assert.StartsWith("SIP/2.0 481 ", await ReceiveAsync(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refer_FromTheCallersSide_403AndTheCallCarriesOn()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);
        using var client = Client();
        await SendAsync(client, server, Request("INVITE", "z9hG4bKcaller", toTag: string.Empty, body: Sdp("RTP/AVP 0")));
        var answered = await FinalAsync(client);
        Assert.StartsWith("SIP/2.0 200 ", answered, StringComparison.Ordinal);
        var toTag = SipMessageParser.Parse(Encoding.UTF8.GetBytes(answered), SipLimits.Default).To!.Tag;

        await SendAsync(client, server, Request("REFER", "z9hG4bKcallerrefer", $";tag={toTag}", body: null, callId: "z9hG4bKcaller@test", cseq: 2, extraHeaders: "Refer-To: <sip:salud@127.0.0.1>\r\n"));

        Assert.StartsWith("SIP/2.0 403 Only an agent's phone may transfer this call\r\n", await ReceiveAsync(client), StringComparison.Ordinal);
        Assert.Equal(1, server.Calls.ActiveCalls);
        Assert.Empty(application.Ended);
    }

    [Theory]
    [InlineData("Session-Expires: 1\r\n", "422", "\r\nMin-SE: 2\r\n")]
    [InlineData("Session-Expires: 1;refresher=uac\r\nSupported: timer\r\n", "422", "\r\nMin-SE: 2\r\n")]
    [InlineData("Session-Expires: soon\r\n", "400", "Malformed Session-Expires")]
    [InlineData("Session-Expires: 30;refresher=both\r\n", "400", "Malformed Session-Expires refresher")]
    [InlineData("Session-Expires: 30\r\nMin-SE: x\r\n", "400", "Malformed Min-SE")]
    public async Task Invite_SessionTimerTooShortOrMalformed_RefusedAndNoCall(string headers, string status, string expected)
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application, callOptions: new() { RtpPorts = Voice.Media.Rtp.RtpPortRange.Ephemeral, SessionExpiresSeconds = 4, MinSeSeconds = 2 });
        using var client = Client();

        await SendAsync(client, server, Request("INVITE", "z9hG4bKtimer", toTag: string.Empty, body: Sdp("RTP/AVP 0"), extraHeaders: headers));

        var final = await FinalAsync(client);
        Assert.StartsWith($"SIP/2.0 {status} ", final, StringComparison.Ordinal);
        Assert.Contains(expected, final, StringComparison.Ordinal);
        Assert.Empty(application.Calls);
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Theory]
    [InlineData("", "Session-Expires: 4;refresher=uas\r\n", false)]
    [InlineData("Supported: timer\r\n", "Session-Expires: 4;refresher=uac\r\n", true)]
    [InlineData("Supported: 100rel, timer\r\nSession-Expires: 3\r\n", "Session-Expires: 3;refresher=uac\r\n", true)]
    [InlineData("Supported: timer\r\nSession-Expires: 60;refresher=uas\r\n", "Session-Expires: 4;refresher=uas\r\n", true)]
    [InlineData("Session-Expires: 3;refresher=uac\r\n", "Session-Expires: 3;refresher=uas\r\n", false)]
    public async Task Invite_SessionTimerNegotiated_In200(string headers, string granted, bool required)
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application, callOptions: new() { RtpPorts = Voice.Media.Rtp.RtpPortRange.Ephemeral, SessionExpiresSeconds = 4, MinSeSeconds = 2 });
        using var client = Client();

        await SendAsync(client, server, Request("INVITE", "z9hG4bKgrant", toTag: string.Empty, body: Sdp("RTP/AVP 0"), extraHeaders: headers));

        var final = await FinalAsync(client);
        Assert.StartsWith("SIP/2.0 200 ", final, StringComparison.Ordinal);
        Assert.Contains("\r\n" + granted, final, StringComparison.Ordinal);
        Assert.Contains("\r\nSupported: timer\r\n", final, StringComparison.Ordinal);
        Assert.Equal(required, final.Contains("\r\nRequire: timer\r\n", StringComparison.Ordinal));
    }

    private static string Sdp(string transportAndFormats) =>
        $"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 {transportAndFormats}\r\n";

    private static UdpClient Client() => new(new IPEndPoint(IPAddress.Loopback, 0));

    private static async Task SendAsync(UdpClient client, RunningCallServer server, string message) =>
        await client.SendAsync(Encoding.UTF8.GetBytes(message), server.Udp);

    private static async Task<string> ReceiveAsync(UdpClient client) =>
        Encoding.UTF8.GetString((await client.ReceiveAsync().WaitAsync(Wait)).Buffer);

    private static async Task<string> FinalAsync(UdpClient client)
    {
        while (true)
        {
            var message = await ReceiveAsync(client);
            if (!message.StartsWith("SIP/2.0 1", StringComparison.Ordinal))
            {
                return message;
            }
        }
    }
}
