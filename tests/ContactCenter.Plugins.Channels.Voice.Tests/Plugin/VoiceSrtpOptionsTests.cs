using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>The <c>srtp</c> setting: optional by default, the three names accepted, anything else refused by name.</summary>
public sealed class VoiceSrtpOptionsTests
{
    [Theory]
    [InlineData(null, "Optional")]
    [InlineData("off", "Off")]
    [InlineData("optional", "Optional")]
    [InlineData("Mandatory", "Mandatory")]
    public void Srtp_ParsedOrDefault(string? value, string expected)
    {
        var options = VoiceOptions.From(Config(value));

        Assert.Equal(Enum.Parse<SrtpMode>(expected), options.Srtp);
    }

    [Theory]
    [InlineData("required")]
    [InlineData("1")]
    [InlineData("-1")]
    public void Srtp_Unknown_RefusedNamingTheChoices(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(value)));

        Assert.Equal($"Voice: srtp '{value}' must be off, optional or mandatory.", error.Message);
    }

    private static IConfiguration Config(string? srtp) =>
        new ConfigurationBuilder().AddInMemoryCollection(srtp is null ? [] : [new KeyValuePair<string, string?>("srtp", srtp)]).Build();
}
