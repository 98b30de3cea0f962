using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>
/// <c>sipT1Milliseconds</c>: SIP timer T1 (500 ms by default), from which the retransmission intervals and the
/// transaction timeouts (64*T1: Timer B, F, H) follow; T2 is at least T1; anything outside 10-5000 is refused by name.
/// </summary>
public sealed class VoiceSipTimerOptionsTests
{
    [Fact]
    public void SipT1_DefaultAndValues()
    {
        var defaults = VoiceOptions.From(Config([]));
        var short20 = VoiceOptions.From(Config([new("sipT1Milliseconds", "20")]));
        var slow = VoiceOptions.From(Config([new("sipT1Milliseconds", "5000")]));

        Assert.Equal((TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(32)), (defaults.Timers.T1, defaults.Timers.T2, defaults.Timers.Timeout));
        Assert.Equal((TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(4), TimeSpan.FromMilliseconds(1280)), (short20.Timers.T1, short20.Timers.T2, short20.Timers.Timeout));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), (slow.Timers.T1, slow.Timers.T2, slow.Timers.T4));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("5001")]
    [InlineData("-20")]
    [InlineData("20ms")]
    [InlineData("0.5")]
    public void SipT1_BadValues_RefusedNamingTheSetting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config([new("sipT1Milliseconds", value)])));

        Assert.Equal($"Voice: sipT1Milliseconds '{value}' must be 10-5000.", error.Message);
    }

    private static IConfiguration Config(KeyValuePair<string, string?>[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
