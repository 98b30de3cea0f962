using System.Security.Cryptography;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Trunks;

/// <summary>
/// The answer to a carrier's challenge to an outbound INVITE: the first 401/407 is answered once (new branch, CSeq + 1,
/// same dialog identifiers and body, credentials in the right header with SHA-256 preferred); a repeat challenge is
/// refused unless stale=true, and a stale one only once; without credentials or a usable challenge nothing is sent.
/// </summary>
public sealed class SipTrunkChallengeTests
{
    private static readonly SipTrunkCredentials Acme = new("acme", "trunk-secret", null);

    [Fact]
    public void Answer_407_NewTransactionWithProxyAuthorizationSameDialogAndBody()
    {
        var invite = Invite();
        var challenge = new SipTrunkChallenge(Acme);

        var next = challenge.Answer(invite, Challenge(407, "Proxy-Authenticate", "Digest realm=\"carrier.test\", nonce=\"n1\", qop=\"auth\", algorithm=MD5"))!;

        Assert.Equal((2L, SipMethods.Invite), (next.CSeq!.Sequence, next.CSeq.Method));
        Assert.NotEqual(invite.Vias[0].Branch, next.Vias[0].Branch);
        Assert.StartsWith("z9hG4bK", next.Vias[0].Branch, StringComparison.Ordinal);
        Assert.EndsWith(";rport", next.Headers.Get(SipHeaderNames.Via), StringComparison.Ordinal);
        Assert.Equal((invite.CallId, invite.From!.Tag, invite.Headers.Get("P-Asserted-Identity")), (next.CallId, next.From!.Tag, next.Headers.Get("P-Asserted-Identity")));
        Assert.Null(next.To!.Tag);
        Assert.Equal(invite.Body.ToArray(), next.Body.ToArray());
        Assert.Null(next.Headers.Get(SipHeaderNames.Authorization));
        var answer = SipAuthorization.TryParse(next.Headers.Get(SipHeaderNames.ProxyAuthorization)!)!;
        Assert.Equal(("acme", "carrier.test", "n1", "sip:+34600111222@192.0.2.10:5060", "00000001", "auth"), (answer["username"], answer["realm"], answer["nonce"], answer["uri"], answer["nc"], answer["qop"]));
        var ha1 = Md5("acme:carrier.test:trunk-secret");
        Assert.Equal(Md5($"{ha1}:n1:00000001:{answer["cnonce"]}:auth:{Md5("INVITE:sip:+34600111222@192.0.2.10:5060")}"), answer["response"]);
        Assert.Null(challenge.Refusal);
    }

    [Fact]
    public void Answer_401WithSha256AndMd5_AuthorizationWithSha256()
    {
        var response = Challenge(401, SipHeaderNames.WwwAuthenticate, "Digest realm=\"carrier.test\", nonce=\"n1\", algorithm=MD5");
        response.Headers.Add(SipHeaderNames.WwwAuthenticate, "Digest realm=\"carrier.test\", nonce=\"n2\", algorithm=SHA-256, qop=\"auth\"");

        var next = new SipTrunkChallenge(Acme).Answer(Invite(), response)!;

        var answer = SipAuthorization.TryParse(next.Headers.Get(SipHeaderNames.Authorization)!)!;
        Assert.Equal(("SHA-256", "n2"), (answer["algorithm"], answer["nonce"]));
        Assert.Null(next.Headers.Get(SipHeaderNames.ProxyAuthorization));
    }

    [Fact]
    public void Answer_SecondChallengeNotStale_RefusedNoLoop()
    {
        var challenge = new SipTrunkChallenge(Acme);
        var first = challenge.Answer(Invite(), Challenge(407, "Proxy-Authenticate", "Digest realm=\"carrier.test\", nonce=\"n1\""))!;

        var second = challenge.Answer(first, Challenge(407, "Proxy-Authenticate", "Digest realm=\"carrier.test\", nonce=\"n2\", stale=false"));

        Assert.Null(second);
        Assert.Contains("refused the trunk's credentials", challenge.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_StaleNonce_AnsweredOnceMoreThenRefused()
    {
        var challenge = new SipTrunkChallenge(Acme);
        var first = challenge.Answer(Invite(), Challenge(401, SipHeaderNames.WwwAuthenticate, "Digest realm=\"carrier.test\", nonce=\"n1\""))!;

        var second = challenge.Answer(first, Challenge(401, SipHeaderNames.WwwAuthenticate, "Digest realm=\"carrier.test\", nonce=\"n2\", stale=true"))!;
        var third = challenge.Answer(second, Challenge(401, SipHeaderNames.WwwAuthenticate, "Digest realm=\"carrier.test\", nonce=\"n3\", stale=true"));

        Assert.Equal(3L, second.CSeq!.Sequence);
        Assert.Equal("n2", SipAuthorization.TryParse(second.Headers.Get(SipHeaderNames.Authorization)!)!["nonce"]);
        Assert.Equal(1, second.Headers.CountOf(SipHeaderNames.Authorization));
        Assert.Null(third);
        Assert.Contains("keeps challenging", challenge.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Digest realm=\"carrier.test\", nonce=\"n1\"", null, "has none")]
    [InlineData("Basic realm=\"carrier.test\"", "acme", "no digest challenge")]
    [InlineData("Digest realm=\"carrier.test\", nonce=\"n1\", algorithm=MD5-sess", "acme", "no digest challenge")]
    [InlineData("Digest realm=\"elsewhere\", nonce=\"n1\"", "acme@carrier.test", "for realm carrier.test")]
    public void Answer_NothingWeCanAnswer_NullWithWhy(string header, string? account, string why)
    {
        var credentials = account switch
        {
            null => null,
            "acme@carrier.test" => Acme with { Realm = "carrier.test" },
            _ => Acme,
        };
        var challenge = new SipTrunkChallenge(credentials);

        Assert.Null(challenge.Answer(Invite(), Challenge(407, "Proxy-Authenticate", header)));
        Assert.Contains(why, challenge.Refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("trunk-secret", challenge.Refusal, StringComparison.Ordinal);
    }

    private static SipRequest Invite()
    {
        const string sdp = "v=0\r\no=cc 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 10000 RTP/AVP 0\r\n";
        var text = "INVITE sip:+34600111222@192.0.2.10:5060 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKfirst;rport\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: \"Autos\" <sip:+34910000001@192.0.2.1>;tag=ours\r\n"
            + "To: <sip:+34600111222@192.0.2.10:5060>\r\n"
            + "Call-ID: trunk-call-1\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Contact: <sip:cc@192.0.2.1:5060>\r\n"
            + "P-Asserted-Identity: \"Autos\" <sip:+34910000001@192.0.2.10>\r\n"
            + "Content-Type: application/sdp\r\n"
            + $"Content-Length: {sdp.Length}\r\n\r\n" + sdp;
        return (SipRequest)SipMessageParser.Parse(Encoding.UTF8.GetBytes(text), SipLimits.Default);
    }

    private static SipResponse Challenge(int status, string header, string value)
    {
        var response = SipResponse.CreateFor(Invite(), status, toTag: "carrier");
        response.Headers.Add(header, value);
        return response;
    }

#pragma warning disable CA5351 // RFC 3261 digest with MD5, as the carrier asked.
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
