using ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Ivr;

public sealed class IvrMenuTests
{
    private static readonly Dictionary<char, string> Choices = new() { ['1'] = "q-claims", ['2'] = "q-policies" };

    [Theory]
    [InlineData('1', "q-claims")]
    [InlineData('2', "q-policies")]
    public void ValidDigit_SelectsItsQueue(char digit, string queue)
    {
        var menu = new IvrMenu(Choices, "q-default", retries: 2);

        Assert.Equal(new IvrMenuStep(IvrMenuAction.Selected, queue, false), menu.OnDigit(digit));
        Assert.Equal(0, menu.Replays);
    }

    [Fact]
    public void InvalidDigit_ReplaysWhileRetriesRemain_ThenDefault()
    {
        var menu = new IvrMenu(Choices, "q-default", retries: 2);

        Assert.Equal(new IvrMenuStep(IvrMenuAction.Replay, null, true), menu.OnDigit('9'));
        Assert.Equal(new IvrMenuStep(IvrMenuAction.Replay, null, true), menu.OnDigit('#'));
        Assert.Equal(new IvrMenuStep(IvrMenuAction.Default, "q-default", true), menu.OnDigit('*'));
        Assert.Equal(2, menu.Replays);
    }

    [Fact]
    public void NoInput_ReplaysThenDefaultQueue()
    {
        var menu = new IvrMenu(Choices, "q-default", retries: 1);

        Assert.Equal(new IvrMenuStep(IvrMenuAction.Replay, null, false), menu.OnTimeout());
        Assert.Equal(new IvrMenuStep(IvrMenuAction.Default, "q-default", false), menu.OnTimeout());
    }

    [Fact]
    public void RetriesMixInvalidAndSilence_ValidDigitOnTheLastTryStillSelects()
    {
        var menu = new IvrMenu(Choices, "q-default", retries: 2);

        Assert.Equal(IvrMenuAction.Replay, menu.OnTimeout().Action);
        Assert.Equal(IvrMenuAction.Replay, menu.OnDigit('5').Action);
        Assert.Equal(new IvrMenuStep(IvrMenuAction.Selected, "q-policies", false), menu.OnDigit('2'));
    }

    [Fact]
    public void ZeroRetries_FirstTimeoutGoesToDefault()
    {
        var menu = new IvrMenu(Choices, "q-default", retries: 0);

        Assert.Equal(new IvrMenuStep(IvrMenuAction.Default, "q-default", false), menu.OnTimeout());
    }

    [Fact]
    public void Decided_LaterInputChangesNothing()
    {
        var menu = new IvrMenu(Choices, "q-default", retries: 2);
        var chosen = menu.OnDigit('1');

        Assert.Equal(chosen, menu.OnDigit('2'));
        Assert.Equal(chosen, menu.OnTimeout());
        Assert.Equal(0, menu.Replays);
    }

    [Fact]
    public void BadArguments_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => new IvrMenu(null!, "q", 1));
        Assert.Throws<ArgumentException>(() => new IvrMenu(Choices, "", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IvrMenu(Choices, "q", -1));
    }
}
