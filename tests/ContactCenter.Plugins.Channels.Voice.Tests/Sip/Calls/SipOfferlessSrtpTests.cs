using System.Net;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Calls;

/// <summary>
/// An INVITE without SDP: our offer goes in the 200 OK and the answer comes in the ACK. Over TLS with SRTP on, the
/// offer carries SDES keys (RTP/SAVP when mandatory, best-effort crypto on RTP/AVP when optional) and the ACK's key
/// keys the session; an answer that does not fit the offer is refused (the call then ends).
/// </summary>
public sealed class SipOfferlessSrtpTests
{
    private const string PeerKey = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";

    [Fact]
    public async Task Offerless_MandatoryOverTls_SavpOfferKeyedByTheAckAnswer()
    {
        await using var media = NewMedia();
        var (state, reject, _) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", SrtpMode.Mandatory, secureSignalling: true);

        Assert.Null(reject);
        Assert.True(state!.AwaitingAnswer);
        var offer = state.Local.Media[0];
        Assert.Equal("RTP/SAVP", offer.Protocol);
        Assert.Equal(2, offer.Cryptos.Count);
        var ours = SdpCrypto.TryParse(offer.Cryptos[1], out _)!;

        Assert.True(state.AcceptAnswer(Ack(Answer("RTP/SAVP", $"a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:{PeerKey}")), media));

        Assert.False(state.AwaitingAnswer);
        Assert.NotNull(media.Srtp);
        Assert.Same(SrtpSuite.AesCm128HmacSha1_32, media.Media!.Srtp!.Suite);
        Assert.Equal(ours.KeySalt, media.Media.Srtp.LocalKeySalt);
        Assert.Equal(Convert.FromBase64String(PeerKey), media.Media.Srtp.RemoteKeySalt);
    }

    [Theory]
    [InlineData("RTP/AVP", "")]
    [InlineData("RTP/SAVP", "a=crypto:7 AES_CM_128_HMAC_SHA1_80 inline:" + PeerKey)]
    [InlineData("RTP/SAVP", "")]
    [InlineData("RTP/SAVP", "a=crypto:1 AES_CM_128_HMAC_SHA1_32 inline:" + PeerKey)]
    public async Task Offerless_MandatoryOverTls_AnswerNotFittingTheOffer_Refused(string protocol, string crypto)
    {
        await using var media = NewMedia();
        var (state, _, _) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", SrtpMode.Mandatory, secureSignalling: true);

        Assert.False(state!.AcceptAnswer(Ack(Answer(protocol, crypto)), media));

        Assert.Null(media.Media);
        Assert.Null(media.Srtp);
    }

    [Fact]
    public async Task Offerless_OptionalOverTls_BestEffortCryptoOnAvp_PlainOrKeyedAnswerAccepted()
    {
        await using var media = NewMedia();
        var (state, _, _) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", SrtpMode.Optional, secureSignalling: true);
        Assert.Equal("RTP/AVP", state!.Local.Media[0].Protocol);
        Assert.Equal(2, state.Local.Media[0].Cryptos.Count);

        Assert.True(state.AcceptAnswer(Ack(Answer("RTP/AVP", $"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{PeerKey}")), media));
        Assert.Same(SrtpSuite.AesCm128HmacSha1_80, media.Media!.Srtp!.Suite);

        var (plain, _, _) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", SrtpMode.Optional, secureSignalling: true);
        Assert.True(plain!.AcceptAnswer(Ack(Answer("RTP/AVP", string.Empty)), media));
        Assert.Null(media.Media!.Srtp);
    }

    [Theory]
    [InlineData("Optional", false)]
    [InlineData("Off", true)]
    [InlineData("Off", false)]
    public async Task Offerless_NoTlsOrSrtpOff_PlainOfferWithoutKeys(string mode, bool tls)
    {
        await using var media = NewMedia();
        var (state, reject, _) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", Enum.Parse<SrtpMode>(mode), tls);

        Assert.Null(reject);
        Assert.Equal("RTP/AVP", state!.Local.Media[0].Protocol);
        Assert.Empty(state.Local.Media[0].Cryptos);
        Assert.DoesNotContain("a=crypto", state.Local.ToString(), StringComparison.Ordinal);
        Assert.True(state.AcceptAnswer(Ack(Answer("RTP/AVP", string.Empty)), media));
        Assert.Null(media.Srtp);
    }

    [Fact]
    public async Task Offerless_MandatoryWithoutTls_488WithReasonAndNoOffer()
    {
        await using var media = NewMedia();
        var (state, reject, reason) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", SrtpMode.Mandatory, secureSignalling: false);

        Assert.Null(state);
        Assert.Equal(SipStatusCodes.NotAcceptableHere, reject);
        Assert.Contains("TLS", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offerless_MalformedAnswerInAck_RefusedNothingConfigured()
    {
        await using var media = NewMedia();
        var (state, _, _) = SipCallMediaState.Create(Invite(), media, "127.0.0.1", SrtpMode.Optional, secureSignalling: true);

        Assert.False(state!.AcceptAnswer(Ack("this is not sdp"), media));

        Assert.False(state.AwaitingAnswer);
        Assert.Null(media.Media);
    }

    private static RtpSession NewMedia() => new(IPAddress.Loopback, RtpPortRange.Ephemeral, TimeProvider.System, NullLogger.Instance);

    private static SipRequest Invite() => SipTestClient.Parse(
        "INVITE sip:autos@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5999;branch=z9hG4bK-offerless\r\nMax-Forwards: 70\r\n" +
        "From: <sip:5550100@127.0.0.1>;tag=a1\r\nTo: <sip:autos@127.0.0.1>\r\nCall-ID: offerless@test\r\nCSeq: 1 INVITE\r\n" +
        "Contact: <sip:5550100@127.0.0.1:5999;transport=tls>\r\nContent-Length: 0\r\n\r\n");

    private static SipRequest Ack(string sdp)
    {
        var ack = SipTestClient.Parse(
            "ACK sip:autos@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5999;branch=z9hG4bK-ack\r\nMax-Forwards: 70\r\n" +
            "From: <sip:5550100@127.0.0.1>;tag=a1\r\nTo: <sip:autos@127.0.0.1>;tag=b2\r\nCall-ID: offerless@test\r\nCSeq: 1 ACK\r\n" +
            "Content-Type: application/sdp\r\nContent-Length: 0\r\n\r\n");
        ack.Body = Encoding.UTF8.GetBytes(sdp);
        return ack;
    }

    private static string Answer(string protocol, string crypto) =>
        "v=0\r\no=phone 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" +
        $"m=audio 49170 {protocol} 0\r\na=rtpmap:0 PCMU/8000\r\n" + (crypto.Length > 0 ? crypto + "\r\n" : string.Empty);
}
