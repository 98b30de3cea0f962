using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Trunks;

/// <summary>
/// SRTP towards a trunk over TLS (the trunk's <c>srtp</c>): the carrier is our own call layer on a TLS listener (its
/// certificate pinned by the route), answering as it answers phones: with <c>optional</c> the INVITE offers both
/// crypto lines on RTP/AVP, with <c>mandatory</c> RTP/SAVP; the carrier's answer keys SRTP on both sides (each with
/// its own key and the other's) and our tone reaches the carrier decrypted with no authentication failure. A carrier without SRTP answers plain RTP under <c>optional</c>.
/// Under <c>mandatory</c>, a 200 whose answer has no crypto (a raw TLS carrier here) is ACKed, ended with BYE and
/// says why.
/// </summary>
public sealed class SipTrunkSrtpTests
{
    [Theory]
    [InlineData("Optional", "Optional", "RTP/AVP")]
    [InlineData("Mandatory", "Mandatory", "RTP/SAVP")]
    [InlineData("Optional", "Mandatory", "RTP/SAVP")]
    public async Task Dial_TlsTrunk_CryptoOfferedAnswerKeysSrtpToneDecrypted(string carrierSrtp, string trunkSrtp, string protocol)
    {
        var (carrierMode, trunkMode) = (Enum.Parse<SrtpMode>(carrierSrtp), Enum.Parse<SrtpMode>(trunkSrtp));
        var carrierCalls = new TestCallApplication();
        await using var carrier = RunningCallServer.Start(carrierCalls, callOptions: new SipCallOptions { RtpPorts = RtpPortRange.Ephemeral, Srtp = carrierMode }, tls: true);
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);

        var call = await DialAsync(route, us, carrier.Tls, trunkMode);

        Assert.Equal(SipDialOutcome.Answered, await call.Outcome.WaitAsync(TimeSpan.FromSeconds(10)));
        var offer = SdpSession.Parse(Encoding.UTF8.GetString(call.Invite.Body.Span)).Media[0];
        Assert.Equal((protocol, 2), (offer.Protocol, offer.Cryptos.Count));
        Assert.StartsWith("SIP/2.0/TLS ", call.Invite.Headers.Get(SipHeaderNames.Via), StringComparison.Ordinal);
        Assert.NotNull(call.Media.Srtp);
        var answered = Assert.Single(carrierCalls.Calls);
        Assert.NotNull(answered.Media.Srtp);

        // Each side keys with its own key and the other's; our tone (1 s) reaches the carrier authenticated and decrypted.
        Assert.Equal(answered.Media.Media!.Srtp!.LocalKeySalt, call.Media.Media!.Srtp!.RemoteKeySalt);
        Assert.Equal(call.Media.Media.Srtp.LocalKeySalt, answered.Media.Media.Srtp.RemoteKeySalt);
        await call.Media.Sender.PlayAsync(Media.Rtp.RtpSessionTests.Tone(8000), CancellationToken.None);
        await RegistrationWait.ForAsync(() => answered.Media.Srtp!.Inbound.Packets >= 40 && carrierCalls.SamplesReceived >= 40 * 160);
        Assert.Equal((0L, 0L), (answered.Media.Srtp!.Inbound.AuthenticationFailures, answered.Media.Srtp.Inbound.Replays));
        await call.HangupAsync();
    }

    [Fact]
    public async Task Dial_TlsTrunkOptional_CarrierWithoutSrtp_AnsweredPlain()
    {
        var carrierCalls = new TestCallApplication();
        await using var carrier = RunningCallServer.Start(carrierCalls, callOptions: new SipCallOptions { RtpPorts = RtpPortRange.Ephemeral, Srtp = SrtpMode.Off }, tls: true);
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);

        var call = await DialAsync(route, us, carrier.Tls, SrtpMode.Optional);

        Assert.Equal(SipDialOutcome.Answered, await call.Outcome.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Null(call.Media.Srtp);
        var answered = Assert.Single(carrierCalls.Calls);
        Assert.Null(answered.Media.Srtp);
        await call.Media.Sender.PlayAsync(Media.Rtp.RtpSessionTests.Tone(8000), CancellationToken.None);
        await RegistrationWait.ForAsync(() => carrierCalls.SamplesReceived >= 40 * 160);
        await call.HangupAsync();
    }

    [Fact]
    public async Task Dial_TlsTrunkMandatory_PlainAnswer_ByeAndTheReason()
    {
        await using var carrier = await PlainTlsCarrier.StartAsync();
        await using var us = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(us.Server);

        var call = await DialAsync(route, us, carrier.Endpoint, SrtpMode.Mandatory);
        var invite = await carrier.ReceiveAsync(SipMethods.Invite);
        await carrier.AnswerPlainAsync(invite);
        var ack = await carrier.ReceiveAsync(SipMethods.Ack);
        var bye = await carrier.ReceiveAsync(SipMethods.Bye);
        await carrier.SendAsync(SipResponse.CreateFor(bye, SipStatusCodes.Ok));

        Assert.Equal(SipDialOutcome.Failed, await call.Outcome.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("RTP/SAVP", SdpSession.Parse(Encoding.UTF8.GetString(invite.Body.Span)).Media[0].Protocol);
        Assert.Equal((invite.CallId, invite.CallId), (ack.CallId, bye.CallId));
        Assert.Equal("the answer has no SRTP (RTP/SAVP with one of our crypto tags) and SRTP is mandatory", call.AnswerRefusal);
        Assert.Equal(SipTrunkOutcome.Rejected, SipTrunkOutcomes.Of(await call.Outcome, call));
        Assert.Null(call.Media.Srtp);
    }

    [Fact]
    public async Task Dial_MandatoryOverUdp_RefusedBeforeSending()
    {
        await using var us = RunningCallServer.Start(new TestCallApplication());
        using var carrier = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var proxy = (IPEndPoint)carrier.Client.LocalEndPoint!;
        var target = $"sip:+34600111222@127.0.0.1:{proxy.Port}";

        var refused = Assert.Throws<ArgumentException>(() => us.Calls.DialThrough(
            new SipDialRequest(SipUri.Parse(target), target, "+34910000001"), us.Server.OutboundUdp(proxy), proxy, new SipTrunkChallenge(null).Answer, SrtpMode.Mandatory));

        Assert.Contains("SRTP is mandatory and the trunk is not reached over TLS", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, us.Calls.ActiveOutboundCalls);
    }

    private static async Task<SipOutboundCall> DialAsync(SipTrunkRoute route, RunningCallServer us, IPEndPoint carrier, SrtpMode srtp)
    {
        var pin = Convert.ToHexString(SHA256.HashData(RunningSipServer.Certificate.RawData));
        var reached = await route.ConnectAsync(new SipTrunkTarget("127.0.0.1", carrier.Port, "TLS", new SipTlsClientOptions("localhost", PinnedSha256: pin)));
        var hop = reached.Hop ?? throw new InvalidOperationException(reached.Failure);
        var target = $"sip:+34600111222@127.0.0.1:{carrier.Port};transport=tls";
        return us.Calls.DialThrough(new SipDialRequest(SipUri.Parse(target), target, "+34910000001", "Autos"), hop.Peer, hop.Destination, new SipTrunkChallenge(null).Answer, srtp);
    }

    /// <summary>A carrier on a raw TLS socket (the test certificate) that answers our INVITE with plain RTP, whatever we offered.</summary>
    private sealed class PlainTlsCarrier : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly Task<SslStream> _accepted;
        private readonly List<byte> _buffer = [];

        private PlainTlsCarrier(TcpListener listener)
        {
            _listener = listener;
            _accepted = AcceptAsync();
        }

        public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

        public static Task<PlainTlsCarrier> StartAsync()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return Task.FromResult(new PlainTlsCarrier(listener));
        }

        /// <summary>The next request of <paramref name="method"/> (others skipped), framed by Content-Length.</summary>
        public async Task<SipRequest> ReceiveAsync(string method)
        {
            var stream = await _accepted.WaitAsync(TimeSpan.FromSeconds(10));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var chunk = new byte[4096];
            while (true)
            {
                if (Frame() is { } frame && SipMessageParser.Parse(frame, SipLimits.Default, stream: true) is SipRequest request)
                {
                    if (request.Method == method)
                    {
                        return request;
                    }

                    continue;
                }

                var read = await stream.ReadAsync(chunk, timeout.Token);
                if (read == 0)
                {
                    throw new IOException("The platform closed the TLS connection.");
                }

                _buffer.AddRange(chunk.AsSpan(0, read));
            }
        }

        public Task AnswerPlainAsync(SipRequest invite)
        {
            var ok = SipResponse.CreateFor(invite, SipStatusCodes.Ok, toTag: "plain-carrier");
            ok.Headers.Add(SipHeaderNames.Contact, $"<sip:carrier@{Endpoint};transport=tls>");
            ok.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
            ok.Body = Encoding.UTF8.GetBytes("v=0\r\no=carrier 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n");
            return SendAsync(ok);
        }

        public async Task SendAsync(SipResponse response)
        {
            var stream = await _accepted;
            await stream.WriteAsync(SipMessageSerializer.Serialize(response));
            await stream.FlushAsync();
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            if (_accepted.IsCompletedSuccessfully)
            {
                await _accepted.Result.DisposeAsync();
            }
        }

        private async Task<SslStream> AcceptAsync()
        {
            var tcp = await _listener.AcceptTcpClientAsync();
            var stream = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await stream.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = RunningSipServer.Certificate });
            return stream;
        }

        /// <summary>One whole message from the buffer (head and its Content-Length body), removed from it; null until one arrived.</summary>
        private byte[]? Frame()
        {
            var text = Encoding.UTF8.GetString([.. _buffer]);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            var length = System.Text.RegularExpressions.Regex.Match(text[..end], @"(?im)^(?:Content-Length|l)\s*:\s*([0-9]+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var total = Encoding.UTF8.GetByteCount(text[..(end + 4)]) + length;
            if (_buffer.Count < total)
            {
                return null;
            }

            var frame = _buffer.GetRange(0, total).ToArray();
            _buffer.RemoveRange(0, total);
            return frame;
        }
    }
}
