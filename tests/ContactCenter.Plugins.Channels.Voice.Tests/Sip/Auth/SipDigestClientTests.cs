using ContactCenter.Plugins.Channels.Voice.Sip.Auth;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Auth;

public sealed class SipDigestClientTests
{
    private const string Nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private const string Cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    [Theory]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    public void Answer_Rfc7616Example_ResponseOfTheRfc(string algorithm, string expected)
    {
        var challenge = SipDigestClient.Choose([$"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm={algorithm}, nonce=\"{Nonce}\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""], null)!;

        var answer = SipAuthorization.TryParse(SipDigestClient.Answer(challenge, "GET", "/dir/index.html", "Mufasa", "Circle of Life", Cnonce, 1))!;

        Assert.Equal(expected, answer["response"]);
        Assert.Equal(("auth", "00000001", Cnonce), (answer["qop"], answer["nc"], answer["cnonce"]));
        Assert.Equal("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", answer["opaque"]);
        Assert.Equal(algorithm, answer["algorithm"]);
    }

    [Fact]
    public void Choose_BothAlgorithms_Sha256Preferred()
    {
        var chosen = SipDigestClient.Choose(["Digest realm=\"p\", nonce=\"n1\", algorithm=MD5", "Digest realm=\"p\", nonce=\"n1\", algorithm=SHA-256"], null);

        Assert.Equal("SHA-256", chosen!["algorithm"]);
    }

    [Theory]
    [InlineData("Digest realm=\"p\", nonce=\"n\", algorithm=MD5-sess")]
    [InlineData("Digest realm=\"p\", nonce=\"n\", algorithm=SHA-512-256")]
    [InlineData("Basic realm=\"p\"")]
    [InlineData("Digest nonce=\"n\"")]
    [InlineData("Digest realm=\"p\"")]
    [InlineData("Digest realm=\"other\", nonce=\"n\"")]
    [InlineData("garbage")]
    public void Choose_NothingWeCanAnswer_Null(string challenge) => Assert.Null(SipDigestClient.Choose([challenge], "p"));

    [Fact]
    public void Answer_NoQop_Rfc2069FormWithoutNcOrCnonce()
    {
        var challenge = SipDigestClient.Choose(["Digest realm=\"provider\", nonce=\"abc\""], "provider")!;

        var answer = SipAuthorization.TryParse(SipDigestClient.Answer(challenge, "REGISTER", "sip:provider", "acme", "pw", "cn", 1))!;

        var ha1 = SipDigestAlgorithm.Ha1("MD5", "acme", "provider", "pw");
        Assert.Equal(SipDigestAlgorithm.Hash("MD5", $"{ha1}:abc:{SipDigestAlgorithm.Hash("MD5", "REGISTER:sip:provider")}"), answer["response"]);
        Assert.Null(answer["qop"]);
        Assert.Null(answer["nc"]);
        Assert.DoesNotContain("pw", answer.Parameters.Values);
    }
}
