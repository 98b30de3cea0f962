using System.Net;
using ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Trunks;

public sealed class VoiceTrunkAddressTests
{
    [Theory]
    [InlineData("203.0.113.0/24", "203.0.113.200:5060", true)]
    [InlineData("203.0.113.0/24", "203.0.114.1:5060", false)]
    [InlineData("198.51.100.7", "198.51.100.7:40000", true)]
    [InlineData("198.51.100.7", "198.51.100.8:5060", false)]
    [InlineData("198.51.100.7:5060", "198.51.100.7:5060", true)]
    [InlineData("198.51.100.7:5060", "198.51.100.7:5061", false)]
    [InlineData("[2001:db8::1]:5060", "[2001:db8::1]:5060", true)]
    [InlineData("2001:db8::/32", "[2001:db8:ffff::9]:5060", true)]
    [InlineData("2001:db8::1", "[2001:db8::2]:5060", false)]
    [InlineData("127.0.0.1", "[::ffff:127.0.0.1]:5060", true)]
    public void Matches_Source(string configured, string source, bool expected)
    {
        var address = VoiceTrunkAddress.TryParse(configured);

        Assert.NotNull(address);
        Assert.Equal(expected, address.Matches(IPEndPoint.Parse(source)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("carrier.example")]
    [InlineData("carrier.example:5060")]
    [InlineData("198.51.100.7:0")]
    [InlineData("198.51.100.7:99999")]
    [InlineData("198.51.100.7:port")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.1/8")]
    public void TryParse_NotAnAddress_Null(string text) => Assert.Null(VoiceTrunkAddress.TryParse(text));

    [Theory]
    [InlineData("+34911234567", null, null, "+34911234567")]
    [InlineData("0034 911 234 567", null, null, "+34911234567")]
    [InlineData("tel:+34-911-234-567", null, null, "+34911234567")]
    [InlineData("911234567", "34", null, "+34911234567")]
    [InlineData("02012345678", "44", "0", "+442012345678")]
    [InlineData("911234567", null, null, null)]
    [InlineData("autos", "34", null, null)]
    [InlineData("", "34", null, null)]
    public void Did_Normalise(string dialled, string? country, string? prefix, string? expected) =>
        Assert.Equal(expected, VoiceDid.Normalise(dialled, country, prefix));
}
