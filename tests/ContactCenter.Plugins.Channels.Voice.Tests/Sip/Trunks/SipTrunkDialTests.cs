using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Trunks;

/// <summary>
/// A call through a trunk from the call layer (T1 = 10 ms) to a carrier on a loopback UDP socket: each final status
/// maps to its trunk outcome (busy, no answer, rejected), a carrier that never answers is "trunk down" once the
/// transaction times out, and a second challenge after our credentials ends the call (one more INVITE, no loop).
/// Early media: a 183 with SDP starts the media, so the carrier's tone is received before the answer; a 200 with the
/// same SDP keeps them, one with another SDP re-targets them; a 486 after early media ends them; a 2xx from a second
/// fork is ACKed and ended with BYE while the first dialog stays up.
/// </summary>
public sealed class SipTrunkDialTests
{
    private static readonly SipTimers Fast = new() { T1 = TimeSpan.FromMilliseconds(10) };

    [Theory]
    [InlineData(486, "Busy")]
    [InlineData(600, "Busy")]
    [InlineData(480, "NoAnswer")]
    [InlineData(408, "NoAnswer")]
    [InlineData(403, "Rejected")]
    [InlineData(404, "Rejected")]
    [InlineData(484, "Rejected")]
    [InlineData(503, "Rejected")]
    [InlineData(603, "Rejected")]
    public async Task Dial_CarrierAnswersStatus_MappedOutcome(int status, string expected)
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        var (invite, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, invite, from, status);

        Assert.Equal(Enum.Parse<SipTrunkOutcome>(expected), SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.Equal(status, call.FinalStatus);
    }

    [Fact]
    public async Task Dial_CarrierNeverAnswers_TrunkDown()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        await ReceiveInviteAsync(carrier);

        Assert.Equal(SipTrunkOutcome.TrunkDown, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.False(call.PeerResponded);
    }

    [Fact]
    public async Task Dial_ChallengedAgainAfterCredentials_RejectedAfterExactlyOneRetry()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var challenge = new SipTrunkChallenge(new SipTrunkCredentials("acme", "trunk-secret", null));

        var call = await DialAsync(server, carrier, challenge);
        var (first, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, first, from, 407, "Digest realm=\"carrier.test\", nonce=\"n1\", qop=\"auth\"");
        var (second, _) = await ReceiveInviteAsync(carrier, skipAcks: true);
        await RespondAsync(carrier, second, from, 407, "Digest realm=\"carrier.test\", nonce=\"n2\", qop=\"auth\"");

        Assert.Equal(SipTrunkOutcome.Rejected, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.NotNull(second.Headers.Get(SipHeaderNames.ProxyAuthorization));
        Assert.Equal((2L, first.CallId), (second.CSeq!.Sequence, second.CallId));
        Assert.Contains("refused the trunk's credentials", challenge.Refusal, StringComparison.Ordinal);
        Assert.Equal(2L, call.Invite.CSeq!.Sequence);
    }

    [Fact]
    public async Task Dial_183WithSdpThen200SameSdp_ToneReceivedBeforeAnswerSameSessionKept()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var ringback = new RtpTonePeer(425);

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        var heard = new List<short>();
        call.Media.AudioReceived += pcm =>
        {
            lock (heard)
            {
                heard.AddRange(pcm.Span);
            }
        };
        var (invite, from) = await ReceiveInviteAsync(carrier);
        var ourRtp = OfferedRtp(invite);
        await RespondAsync(carrier, invite, from, 183, sdp: CarrierSdp(ringback.Port));
        ringback.SpeakTo(ourRtp);
        await RegistrationWait.ForAsync(() => call.Media.PacketsReceived >= 25);

        Assert.True(call.EarlyMedia);
        Assert.Null(call.Dialog);
        Assert.False(call.Outcome.IsCompleted);
        lock (heard)
        {
            Assert.True(RtpTonePeer.BlocksWithTone([.. heard], 425, 0.8) >= 3, "the carrier's 425 Hz ringback is heard before the answer");
        }

        await RespondAsync(carrier, invite, from, 200, sdp: CarrierSdp(ringback.Port));

        Assert.Equal(SipTrunkOutcome.Answered, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.True(call.EarlyMediaPackets >= 25, $"{call.EarlyMediaPackets} packets before the answer");
        Assert.Equal((IPAddress.Loopback, ringback.Port), (call.Media.Media!.RemoteRtp!.Address, call.Media.Media.RemoteRtp.Port));
        Assert.Equal(ourRtp.Port, call.Media.RtpPort);
        var before = call.Media.PacketsReceived;
        await RegistrationWait.ForAsync(() => call.Media.PacketsReceived > before + 10);
    }

    [Fact]
    public async Task Dial_183WithSdpThen200OtherSdp_MediaRetargeted()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var early = new RtpTonePeer(425);
        using var answered = new RtpTonePeer(1000);

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        var (invite, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, invite, from, 183, sdp: CarrierSdp(early.Port));
        await RegistrationWait.ForAsync(() => call.EarlyMedia);
        Assert.Equal(early.Port, call.Media.Media!.RemoteRtp!.Port);

        await RespondAsync(carrier, invite, from, 200, sdp: CarrierSdp(answered.Port));

        Assert.Equal(SipTrunkOutcome.Answered, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.Equal(answered.Port, call.Media.Media!.RemoteRtp!.Port);
    }

    [Fact]
    public async Task Dial_183WithSdpThen486_BusyAndEarlyMediaEnded()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var announcement = new RtpTonePeer(425);

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        var (invite, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, invite, from, 183, sdp: CarrierSdp(announcement.Port));
        announcement.SpeakTo(OfferedRtp(invite));
        await RegistrationWait.ForAsync(() => call.Media.PacketsReceived >= 10);
        await RespondAsync(carrier, invite, from, 486);

        Assert.Equal(SipTrunkOutcome.Busy, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.Equal(SipCallEndReason.Rejected, await call.Ended);
        Assert.True(call.EarlyMediaPackets >= 10, $"{call.EarlyMediaPackets} packets before the 486");
        Assert.Null(call.Dialog);
    }

    [Fact]
    public async Task Dial_SecondForkAnswers_AckedAndByeFirstDialogKept()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), Fast);
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        var call = await DialAsync(server, carrier, new SipTrunkChallenge(null));
        var (invite, from) = await ReceiveInviteAsync(carrier);
        await RespondAsync(carrier, invite, from, 200, sdp: CarrierSdp(40000), toTag: "fork-a");
        Assert.Equal(SipTrunkOutcome.Answered, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.Equal("fork-a", (await ReceiveRequestAsync(carrier, SipMethods.Ack)).To!.Tag);

        await RespondAsync(carrier, invite, from, 200, sdp: CarrierSdp(40002), toTag: "fork-b");
        var ack = await ReceiveRequestAsync(carrier, SipMethods.Ack);
        var (bye, byeFrom) = await ReceiveAsync(carrier, SipMethods.Bye);
        await carrier.SendAsync(SipMessageSerializer.Serialize(SipResponse.CreateFor(bye, 200)), byeFrom);

        Assert.Equal(("fork-b", "fork-b"), (ack.To!.Tag, bye.To!.Tag));
        Assert.Equal((invite.CallId, invite.From!.Tag), (bye.CallId, bye.From!.Tag));
        Assert.Equal("fork-a", call.Dialog!.RemoteTag);
        Assert.False(call.Ended.IsCompleted);
        Assert.Equal(40000, call.Media.Media!.RemoteRtp!.Port);
    }

    /// <summary>Where our INVITE's SDP offer asks for RTP.</summary>
    private static IPEndPoint OfferedRtp(SipRequest invite)
    {
        var offer = SdpSession.Parse(Encoding.UTF8.GetString(invite.Body.Span));
        return new IPEndPoint(IPAddress.Parse(offer.AddressOf(offer.Media[0])!), offer.Media[0].Port);
    }

    private static string CarrierSdp(int rtpPort) =>
        $"v=0\r\no=carrier 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {rtpPort} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";

    private static async Task<SipRequest> ReceiveRequestAsync(UdpClient carrier, string method) => (await ReceiveAsync(carrier, method)).Request;

    /// <summary>The next request of <paramref name="method"/> the carrier receives, and where it came from.</summary>
    private static async Task<(SipRequest Request, IPEndPoint From)> ReceiveAsync(UdpClient carrier, string method)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var datagram = await carrier.ReceiveAsync(timeout.Token);
            if (SipMessageParser.Parse(datagram.Buffer, SipLimits.Default) is SipRequest request && request.Method == method)
            {
                return (request, datagram.RemoteEndPoint);
            }
        }
    }

    private static async Task<SipOutboundCall> DialAsync(RunningCallServer server, UdpClient carrier, SipTrunkChallenge challenge)
    {
        var proxy = (IPEndPoint)carrier.Client.LocalEndPoint!;
        await using var route = TestTrunkRoute.Create(server.Server);
        var hop = (await route.ConnectAsync(SipTrunkTarget.Udp(proxy))).Hop!;
        var target = $"sip:+34600111222@127.0.0.1:{proxy.Port}";
        return server.Calls.DialThrough(new SipDialRequest(SipUri.Parse(target), target, "+34910000001", "Autos"), hop.Peer, hop.Destination, challenge.Answer, SrtpMode.Optional);
    }

    /// <summary>The next INVITE the carrier receives (ACKs to earlier finals skipped when asked; retransmissions are the same INVITE).</summary>
    private static async Task<(SipRequest Invite, IPEndPoint From)> ReceiveInviteAsync(UdpClient carrier, bool skipAcks = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var datagram = await carrier.ReceiveAsync(timeout.Token);
            if (SipMessageParser.Parse(datagram.Buffer, SipLimits.Default) is SipRequest { Method: SipMethods.Invite } invite
                && (!skipAcks || invite.CSeq!.Sequence > 1))
            {
                return (invite, datagram.RemoteEndPoint);
            }
        }
    }

    private static async Task RespondAsync(UdpClient carrier, SipRequest invite, IPEndPoint to, int status, string? proxyAuthenticate = null, string? sdp = null, string toTag = "carrier")
    {
        var response = SipResponse.CreateFor(invite, status, toTag: toTag);
        if (proxyAuthenticate is not null)
        {
            response.Headers.Add("Proxy-Authenticate", proxyAuthenticate);
        }

        if (sdp is not null)
        {
            response.Headers.Add(SipHeaderNames.Contact, $"<sip:carrier@{carrier.Client.LocalEndPoint}>");
            response.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
            response.Body = Encoding.UTF8.GetBytes(sdp);
        }

        await carrier.SendAsync(SipMessageSerializer.Serialize(response), to);
    }
}
