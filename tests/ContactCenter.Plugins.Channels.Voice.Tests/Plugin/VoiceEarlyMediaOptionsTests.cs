using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>
/// Which lines play their flow as early media: <c>earlyMedia</c> for all (off by default), <c>earlyMediaLines</c> by
/// dialled line over it; <c>earlyMediaMaxSeconds</c> bounds it (120 by default, 1-600). Anything else is refused
/// naming the setting.
/// </summary>
public sealed class VoiceEarlyMediaOptionsTests
{
    [Theory]
    [InlineData(null, "autos", true)]
    [InlineData(null, "AUTOS", true)]
    [InlineData(null, "salud", false)]
    [InlineData(null, "otra", false)]
    [InlineData(null, null, false)]
    [InlineData("true", "otra", true)]
    [InlineData("true", "salud", false)]
    [InlineData("false", "autos", true)]
    [InlineData("TRUE", null, true)]
    public void EarlyMediaOn_LineOverGlobal(string? global, string? line, bool expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["earlyMediaLines:autos"] = "true",
            ["earlyMediaLines:salud"] = "false",
        };
        if (global is not null)
        {
            settings["earlyMedia"] = global;
        }

        var options = Read(settings);

        Assert.Equal(expected, options.EarlyMediaOn(line));
    }

    [Fact]
    public void Defaults_OffAndTwoMinutes()
    {
        var options = Read([]);

        Assert.False(options.EarlyMedia);
        Assert.Empty(options.EarlyMediaLines);
        Assert.False(options.EarlyMediaOn("autos"));
        Assert.Equal(TimeSpan.FromSeconds(120), options.EarlyMediaMax);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("45", 45)]
    [InlineData("600", 600)]
    public void MaxSeconds_InRange_Read(string value, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Read(new() { ["earlyMediaMaxSeconds"] = value }).EarlyMediaMax);
    }

    [Theory]
    [InlineData("earlyMedia", "yes", "Voice: earlyMedia 'yes' must be true or false.")]
    [InlineData("earlyMedia", "1", "Voice: earlyMedia '1' must be true or false.")]
    [InlineData("earlyMediaLines:autos", "on", "Voice: earlyMediaLines.autos 'on' must be true or false.")]
    [InlineData("earlyMediaLines:salud", "", "Voice: earlyMediaLines.salud '' must be true or false.")]
    [InlineData("earlyMediaMaxSeconds", "0", "Voice: earlyMediaMaxSeconds '0' must be 1-600.")]
    [InlineData("earlyMediaMaxSeconds", "601", "Voice: earlyMediaMaxSeconds '601' must be 1-600.")]
    [InlineData("earlyMediaMaxSeconds", "-5", "Voice: earlyMediaMaxSeconds '-5' must be 1-600.")]
    [InlineData("earlyMediaMaxSeconds", "2m", "Voice: earlyMediaMaxSeconds '2m' must be 1-600.")]
    public void Invalid_RefusedNamingTheSetting(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { [key] = value }));

        Assert.Equal(message, error.Message);
    }

    private static VoiceOptions Read(Dictionary<string, string?> settings) =>
        VoiceOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
