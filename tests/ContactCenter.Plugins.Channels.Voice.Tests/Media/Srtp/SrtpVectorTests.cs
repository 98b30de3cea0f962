using System.Security.Cryptography;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Srtp;

/// <summary>The known answers of RFC 3711 Appendix B.</summary>
public sealed class SrtpVectorTests
{
    [Fact]
    public void AesCm_Rfc3711B2_Keystream()
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
        var iv = Convert.FromHexString("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
        var keystream = new byte[0xFF02 * 16];

        AesCounterMode.Apply(aes, iv, keystream);

        Assert.Equal("E03EAD0935C95E80E166B16DD92B4EB4", Block(keystream, 0));
        Assert.Equal("D23513162B02D0F72A43A2FE4A5F97AB", Block(keystream, 1));
        Assert.Equal("41E95B3BB0A2E8DD477901E4FCA894C0", Block(keystream, 2));
        Assert.Equal("EC8CDF7398607CB0F2D21675EA9EA1E4", Block(keystream, 0xFEFF));
        Assert.Equal("362B7C3C6773516318A077D7FC5073AE", Block(keystream, 0xFF00));
        Assert.Equal("6A2CC3787889374FBEB4C81B17BA6C44", Block(keystream, 0xFF01));
    }

    [Fact]
    public void AesCm_PartialBlock_IsPrefixOfFullKeystream()
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
        var iv = Convert.FromHexString("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000");
        var full = new byte[48];
        var partial = new byte[37];

        AesCounterMode.Apply(aes, iv, full);
        AesCounterMode.Apply(aes, iv, partial);

        Assert.Equal(full[..37], partial);
    }

    [Theory]
    [InlineData(SrtpKeyDerivation.RtpEncryption, "C61E7A93744F39EE10734AFE3FF7A087")]
    [InlineData(SrtpKeyDerivation.RtpSalt, "30CBBC08863D8C85D49DB34A9AE1")]
    [InlineData(SrtpKeyDerivation.RtpAuthentication, "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4")]
    public void KeyDerivation_Rfc3711B3(byte label, string expected)
    {
        var output = new byte[expected.Length / 2];

        SrtpKeyDerivation.Derive(Convert.FromHexString("E1F97A0D3E018BE0D64FA32C06DE4139"), Convert.FromHexString("0EC675AD498AFEEBB6960B3AABE6"), label, output);

        Assert.Equal(expected, Convert.ToHexString(output));
    }

    [Fact]
    public void KeyDerivation_WrongLengths_Refused()
    {
        var output = new byte[16];

        Assert.Throws<ArgumentException>(() => SrtpKeyDerivation.Derive(new byte[15], new byte[14], 0, output));
        Assert.Throws<ArgumentException>(() => SrtpKeyDerivation.Derive(new byte[16], new byte[16], 0, output));
    }

    private static string Block(byte[] keystream, int index) => Convert.ToHexString(keystream, index * 16, 16);
}
