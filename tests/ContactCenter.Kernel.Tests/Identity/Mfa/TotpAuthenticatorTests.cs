using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Identity.Mfa;

namespace ContactCenter.Kernel.Tests.Identity.Mfa;

public sealed class TotpAuthenticatorTests
{
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Seed = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    /// <summary>RFC 6238, Appendix B.</summary>
    [Theory]
    [InlineData(59L, "94287082", "46119246", "90693936")]
    [InlineData(1111111109L, "07081804", "68084774", "25091201")]
    [InlineData(1111111111L, "14050471", "67062674", "99943326")]
    [InlineData(1234567890L, "89005924", "91819424", "93441116")]
    [InlineData(2000000000L, "69279037", "90698825", "38618901")]
    [InlineData(20000000000L, "65353130", "77737706", "47863826")]
    public void Compute_Rfc6238TestVectors_MatchForEveryAlgorithm(long unixSeconds, string sha1, string sha256, string sha512)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

        Assert.Equal(sha1, new TotpAuthenticator(HashAlgorithmName.SHA1, 8).Compute(Sha1Seed, time));
        Assert.Equal(sha256, new TotpAuthenticator(HashAlgorithmName.SHA256, 8).Compute(Sha256Seed, time));
        Assert.Equal(sha512, new TotpAuthenticator(HashAlgorithmName.SHA512, 8).Compute(Sha512Seed, time));
    }

    [Fact]
    public void Verify_CodeFromThePreviousStep_IsAcceptedOnceOnly()
    {
        var totp = new TotpAuthenticator(HashAlgorithmName.SHA1);
        var key = TotpAuthenticator.NewKey();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = totp.Compute(key, now.AddSeconds(-30));

        var step = totp.Verify(key, code, now, lastUsedStep: null);

        Assert.Equal(1_800_000_015 / 30 - 1, step);
        Assert.Null(totp.Verify(key, code, now, step));
    }

    [Theory]
    [InlineData(-90)]
    [InlineData(90)]
    public void Verify_CodeBeyondOneStepOfDrift_IsRefused(int offsetSeconds)
    {
        var totp = new TotpAuthenticator(HashAlgorithmName.SHA1);
        var key = TotpAuthenticator.NewKey();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);

        Assert.Null(totp.Verify(key, totp.Compute(key, now.AddSeconds(offsetSeconds)), now, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345a")]
    [InlineData("1234567")]
    public void Verify_MalformedCode_IsRefused(string code)
    {
        var totp = new TotpAuthenticator(HashAlgorithmName.SHA1);

        Assert.Null(totp.Verify(TotpAuthenticator.NewKey(), code, DateTimeOffset.UnixEpoch, null));
    }

    [Fact]
    public void EnrolmentUri_Rfc6238Seed_IsTheKeyUriFormatWithBase32Secret()
    {
        var uri = new TotpAuthenticator(HashAlgorithmName.SHA1).EnrolmentUri("Contact Center", "ana@example.com", Sha1Seed);

        Assert.Equal("otpauth://totp/Contact%20Center:ana%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Contact%20Center&algorithm=SHA1&digits=6&period=30", uri);
    }

    [Fact]
    public void Constructor_Md5_ThrowsNamingTheSupportedAlgorithms()
    {
        var error = Assert.Throws<ArgumentException>(() => new TotpAuthenticator(HashAlgorithmName.MD5));

        Assert.Contains("SHA1, SHA256 and SHA512", error.Message, StringComparison.Ordinal);
    }
}
