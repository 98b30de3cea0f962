using System.Text;
using ContactCenter.Plugins.Channels.WebChat.Identity;
using ContactCenter.Plugins.Channels.WebChat.Protocol;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Identity;

public sealed class VisitorSignatureTests
{
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly long InOneHour = Now.AddHours(1).ToUnixTimeSeconds();

    private static VisitorIdentity Signed(string visitorId = "cust-42", string email = "ana@example.com", long? expires = null, byte[]? secret = null)
    {
        var until = expires ?? InOneHour;
        return new VisitorIdentity(visitorId, email, "Ana", until, VisitorSignature.Compute(secret ?? Secret, visitorId, email, until));
    }

    [Fact]
    public void IsValid_SignedByTheWebsite_IsTrue() => Assert.True(VisitorSignature.IsValid(Secret, Signed(), Now));

    [Fact]
    public void Compute_DocumentedPayload_MatchesAnIndependentHmac()
    {
        // The exact recipe docs/webchat.md gives the website's developers.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes($"cust-42\nana@example.com\n{InOneHour}")));

        Assert.Equal(expected, VisitorSignature.Compute(Secret, "cust-42", "ana@example.com", InOneHour));
    }

    [Fact]
    public void IsValid_EmailNormalised_SameSignatureForCaseAndSpaces() =>
        Assert.True(VisitorSignature.IsValid(Secret, Signed() with { Email = " ANA@example.com " }, Now));

    [Fact]
    public void IsValid_UpperCaseHex_IsAccepted() =>
        Assert.True(VisitorSignature.IsValid(Secret, Signed() with { Signature = Signed().Signature.ToUpperInvariant() }, Now));

    [Theory]
    [InlineData("visitor")]
    [InlineData("email")]
    [InlineData("expires")]
    [InlineData("secret")]
    public void IsValid_AnythingChanged_IsFalse(string what)
    {
        var identity = what switch
        {
            "visitor" => Signed() with { VisitorId = "cust-43" },
            "email" => Signed() with { Email = "eve@example.com" },
            "expires" => Signed() with { Expires = InOneHour + 1 },
            _ => Signed(secret: Encoding.ASCII.GetBytes("another-secret-another-secret-xx")),
        };

        Assert.False(VisitorSignature.IsValid(Secret, identity, Now));
    }

    [Fact]
    public void IsValid_Expired_IsFalse() => Assert.False(VisitorSignature.IsValid(Secret, Signed(expires: Now.AddSeconds(-1).ToUnixTimeSeconds()), Now));

    [Fact]
    public void IsValid_ValidForMoreThanADay_IsFalse() =>
        Assert.False(VisitorSignature.IsValid(Secret, Signed(expires: Now.AddHours(25).ToUnixTimeSeconds()), Now));

    [Fact]
    public void IsValid_AbsurdExpiry_IsFalseNotAnException() =>
        Assert.False(VisitorSignature.IsValid(Secret, Signed(expires: long.MaxValue), Now));
}
