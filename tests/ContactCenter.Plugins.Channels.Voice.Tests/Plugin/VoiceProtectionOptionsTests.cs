using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>
/// The per-source flood limits <c>sipRequestsPerSecond</c> and <c>sipBurst</c>: 50 and 100 by default, raised for a
/// carrier or an SBC that sends every call from one address, anything out of range refused by name.
/// </summary>
public sealed class VoiceProtectionOptionsTests
{
    [Fact]
    public void Protection_DefaultsAndValues()
    {
        var defaults = VoiceOptions.From(Config([]));
        var raised = VoiceOptions.From(Config([new("sipRequestsPerSecond", "2000"), new("sipBurst", "5000")]));

        Assert.Equal((50.0, 100), (defaults.Protection.RequestsPerSecond, defaults.Protection.Burst));
        Assert.Equal((2000.0, 5000), (raised.Protection.RequestsPerSecond, raised.Protection.Burst));
        Assert.Equal(defaults.Protection.MaxAuthFailures, raised.Protection.MaxAuthFailures);
        Assert.Equal(defaults.Protection.BanDuration, raised.Protection.BanDuration);
    }

    [Theory]
    [InlineData("sipRequestsPerSecond", "0", "1-100000")]
    [InlineData("sipRequestsPerSecond", "100001", "1-100000")]
    [InlineData("sipRequestsPerSecond", "fifty", "1-100000")]
    [InlineData("sipRequestsPerSecond", "-5", "1-100000")]
    [InlineData("sipBurst", "0", "1-1000000")]
    [InlineData("sipBurst", "1.5", "1-1000000")]
    public void Protection_BadValues_RefusedNamingTheKey(string key, string value, string range)
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config([new(key, value)])));

        Assert.Equal($"Voice: {key} '{value}' must be {range}.", error.Message);
    }

    private static IConfiguration Config(KeyValuePair<string, string?>[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
