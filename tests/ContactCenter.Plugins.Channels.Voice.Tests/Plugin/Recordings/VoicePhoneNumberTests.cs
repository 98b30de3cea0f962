using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings;

public sealed class VoicePhoneNumberTests
{
    [Theory]
    [InlineData("+34600111222", "+34600111222")]
    [InlineData("+34 600-111-222", "+34600111222")]
    [InlineData("0034 600 111 222", "+34600111222")]
    [InlineData("tel:+1-(212)-555.0100", "+12125550100")]
    [InlineData("5550100", "5550100")]
    [InlineData("555-0100", "5550100")]
    [InlineData(" 600 111 222 ", "600111222")]
    public void Normalise_Numbers_E164OrDigits(string raw, string expected) =>
        Assert.Equal(expected, VoicePhoneNumber.Normalise(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("agent1")]
    [InlineData("+34abc")]
    [InlineData("+0123456789")]
    [InlineData("+12345")]
    [InlineData("+1234567890123456")]
    [InlineData("1")]
    [InlineData("600;111")]
    [InlineData("+")]
    [InlineData("00")]
    public void Normalise_NotANumber_Null(string? raw) =>
        Assert.Null(VoicePhoneNumber.Normalise(raw));

    [Fact]
    public void Normalise_HugeInput_NullWithoutWork() =>
        Assert.Null(VoicePhoneNumber.Normalise(new string('1', 10_000)));
}
