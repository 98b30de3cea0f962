using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Sdp;

/// <summary>SDES (RFC 4568) in offer/answer: crypto attributes, RTP/SAVP only over TLS, our own key in the answer.</summary>
public sealed class SdesNegotiationTests
{
    private const string Key80 = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";
    private const string Key32 = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CB";

    [Fact]
    public void Crypto_ParsesTagSuiteAndKey_RoundTrips()
    {
        var crypto = SdpCrypto.TryParse($"1 AES_CM_128_HMAC_SHA1_80 inline:{Key80}|2^31", out var reason);

        Assert.Null(reason);
        Assert.Equal(1, crypto!.Tag);
        Assert.Same(SrtpSuite.AesCm128HmacSha1_80, crypto.Suite);
        Assert.Equal(Convert.FromBase64String(Key80), crypto.KeySalt);
        Assert.Equal($"1 AES_CM_128_HMAC_SHA1_80 inline:{Key80}", crypto.ToString());
    }

    [Theory]
    [InlineData("", "not '<tag> <suite> <key-params>'")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80", "not '<tag> <suite> <key-params>'")]
    [InlineData("x AES_CM_128_HMAC_SHA1_80 inline:" + Key80, "the tag is not 1-9 digits")]
    [InlineData("1234567890 AES_CM_128_HMAC_SHA1_80 inline:" + Key80, "the tag is not 1-9 digits")]
    [InlineData("1 AEAD_AES_256_GCM inline:" + Key80, "unsupported suite 'AEAD_AES_256_GCM'")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:" + Key80 + " KDR=1", "session parameters are not supported")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 uri:" + Key80, "the key method is not inline")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:" + Key80 + "|2^20|1:4", "MKI is not supported")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:" + Key80 + "|1:4", "MKI is not supported")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:" + Key80 + "|2^10", "the key lifetime is malformed or under 2^20")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:" + Key80 + ";inline:" + Key80, "several keys are not supported")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:c2hvcnQ=", "the key is not 30 bytes of base64")]
    [InlineData("1 AES_CM_128_HMAC_SHA1_80 inline:not*base64!", "the key is not 30 bytes of base64")]
    public void Crypto_Bad_IgnoredWithReason(string value, string expected)
    {
        Assert.Null(SdpCrypto.TryParse(value, out var reason));
        Assert.Equal(expected, reason);
        Assert.DoesNotContain(Key80, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_SavpOverTls_FirstUsableCryptoTag_OurOwnFreshKey()
    {
        var ours = SrtpSession.NewKeySalt();
        var offer = SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:1 F8_128_HMAC_SHA1_80 inline:{Key80}", $"a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:{Key32}", $"a=crypto:3 AES_CM_128_HMAC_SHA1_80 inline:{Key80}"));

        var (answer, media) = SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40001, 1, 1, new SdesPolicy(SrtpMode.Optional, true, ours), out var refusal)!.Value;

        Assert.Null(refusal);
        Assert.Same(SrtpSuite.AesCm128HmacSha1_32, media.Srtp!.Suite);
        Assert.Equal(Convert.FromBase64String(Key32), media.Srtp.RemoteKeySalt);
        Assert.Equal(ours, media.Srtp.LocalKeySalt);
        var reparsed = SdpSession.Parse(answer.ToString());
        Assert.Equal("RTP/SAVP", reparsed.Media[0].Protocol);
        Assert.Equal($"2 AES_CM_128_HMAC_SHA1_32 inline:{Convert.ToBase64String(ours)}", Assert.Single(reparsed.Media[0].Cryptos));
        Assert.DoesNotContain(Convert.ToBase64String(ours), media.Srtp.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Optional", false, "RTP/SAVP", "SRTP keys (RTP/SAVP) are only accepted over TLS signalling")]
    [InlineData("Mandatory", false, "RTP/SAVP", "SRTP keys (RTP/SAVP) are only accepted over TLS signalling")]
    [InlineData("Off", true, "RTP/SAVP", "SRTP (RTP/SAVP) is turned off here")]
    [InlineData("Mandatory", true, "RTP/AVP", "SRTP is mandatory over TLS: offer RTP/SAVP with a=crypto")]
    public void Answer_SecurityNotAcceptable_RefusedWithReason(string modeName, bool tls, string protocol, string expected)
    {
        var mode = Enum.Parse<SrtpMode>(modeName);
        var offer = SdpSession.Parse(Offer(protocol, $"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{Key80}"));

        Assert.Null(SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40001, 1, 1, new SdesPolicy(mode, tls, SrtpSession.NewKeySalt()), out var refusal));
        Assert.Equal(expected, refusal);
    }

    [Fact]
    public void Answer_OnlyUnusableCryptos_RefusedListingWhy()
    {
        var offer = SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:1 AEAD_AES_128_GCM inline:{Key80}", "a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:c2hvcnQ="));

        Assert.Null(SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40001, 1, 1, new SdesPolicy(SrtpMode.Optional, true, SrtpSession.NewKeySalt()), out var refusal));
        Assert.Equal("no usable a=crypto (AES_CM_128_HMAC_SHA1_80 or _32 with an inline key): unsupported suite 'AEAD_AES_128_GCM'; the key is not 30 bytes of base64", refusal);
        Assert.Null(SdpNegotiator.Answer(SdpSession.Parse(Offer("RTP/SAVP")), "127.0.0.1", 40000, 40001, 1, 1, new SdesPolicy(SrtpMode.Optional, true, SrtpSession.NewKeySalt()), out refusal));
        Assert.Equal("RTP/SAVP offered without a=crypto", refusal);
    }

    [Theory]
    [InlineData("Optional", true, true)]
    [InlineData("Optional", false, false)]
    [InlineData("Off", true, false)]
    public void Answer_AvpWithCryptoLines_BestEffortSrtpOnlyOverTls(string modeName, bool tls, bool keyed)
    {
        var offer = SdpSession.Parse(Offer("RTP/AVP", "a=crypto:1 BOGUS_SUITE inline:x", $"a=crypto:4 AES_CM_128_HMAC_SHA1_80 inline:{Key80}"));

        var (answer, media) = SdpNegotiator.Answer(offer, "127.0.0.1", 40000, 40001, 1, 1, new SdesPolicy(Enum.Parse<SrtpMode>(modeName), tls, SrtpSession.NewKeySalt()), out _)!.Value;

        Assert.Equal("RTP/AVP", answer.Media[0].Protocol);
        Assert.Equal(keyed, media.Srtp is not null);
        Assert.Equal(keyed ? 1 : 0, answer.Media[0].Cryptos.Count);
        Assert.All(answer.Media[0].Cryptos, line => Assert.StartsWith("4 AES_CM_128_HMAC_SHA1_80 inline:", line, StringComparison.Ordinal));
    }

    [Fact]
    public void OfferAndAcceptAnswer_SecureOnly_AnswerMustEchoOneOfOurTags()
    {
        var cryptos = SdesPolicy.NewOffer();
        var offer = SdpSession.Parse(SdpNegotiator.Offer("127.0.0.1", 40000, 40001, 1, 1, cryptos: cryptos, secureOnly: true).ToString());
        Assert.Equal("RTP/SAVP", offer.Media[0].Protocol);
        Assert.Equal(2, offer.Media[0].Cryptos.Count);
        Assert.NotEqual(cryptos[0].KeySalt, cryptos[1].KeySalt);

        var theirs = SrtpSession.NewKeySalt();
        var answer = SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:{Convert.ToBase64String(theirs)}"));
        var media = SdpNegotiator.AcceptAnswer(answer, cryptos, secureOnly: true);
        Assert.Same(SrtpSuite.AesCm128HmacSha1_32, media!.Srtp!.Suite);
        Assert.Equal(cryptos[1].KeySalt, media.Srtp.LocalKeySalt);
        Assert.Equal(theirs, media.Srtp.RemoteKeySalt);

        Assert.Null(SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:7 AES_CM_128_HMAC_SHA1_32 inline:{Key80}")), cryptos, secureOnly: true));
        Assert.Null(SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:1 AES_CM_128_HMAC_SHA1_32 inline:{Key80}")), cryptos, secureOnly: true));
        Assert.Null(SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/AVP")), cryptos, secureOnly: true));
        Assert.Null(SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{Key80}"))));
    }

    [Fact]
    public void OfferAndAcceptAnswer_BestEffort_AvpWithCryptos_PlainAnswerStaysPlain()
    {
        var cryptos = SdesPolicy.NewOffer();
        var offer = SdpSession.Parse(SdpNegotiator.Offer("127.0.0.1", 40000, 40001, 1, 1, cryptos: cryptos).ToString());
        Assert.Equal("RTP/AVP", offer.Media[0].Protocol);
        Assert.Equal(2, offer.Media[0].Cryptos.Count);

        Assert.Null(SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/AVP")), cryptos)!.Srtp);
        var keyed = SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/AVP", $"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{Key80}")), cryptos);
        Assert.Equal(cryptos[0].KeySalt, keyed!.Srtp!.LocalKeySalt);
        Assert.Null(SdpNegotiator.AcceptAnswer(SdpSession.Parse(Offer("RTP/SAVP", $"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{Key80}")), cryptos));
    }

    private static string Offer(string protocol, params string[] attributes) =>
        "v=0\r\no=alice 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n" +
        $"m=audio 49170 {protocol} 0 101\r\na=rtpmap:101 telephone-event/8000\r\n" + string.Concat(attributes.Select(a => a + "\r\n"));
}
