using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings;

public sealed class VoiceByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-43", 0, 43)]
    [InlineData("bytes=100-", 100, 999)]
    [InlineData("bytes=-100", 900, 999)]
    [InlineData("bytes=-5000", 0, 999)]
    [InlineData("bytes=990-5000", 990, 999)]
    [InlineData("BYTES= 5 - 9 ", 5, 9)]
    public void Of_SingleRange_Partial(string header, long first, long last)
    {
        var range = VoiceByteRange.Of(header, 1000);

        Assert.True(range.Partial);
        Assert.False(range.Unsatisfiable);
        Assert.Equal((first, last), (range.First, range.Last));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("items=0-5")]
    [InlineData("bytes=0-5,10-20")]
    [InlineData("bytes=abc")]
    [InlineData("bytes=9-5")]
    [InlineData("bytes=-")]
    [InlineData("bytes=99999999999999999999-")]
    public void Of_NotOneWellFormedRange_WholeBody(string? header)
    {
        var range = VoiceByteRange.Of(header, 1000);

        Assert.False(range.Partial);
        Assert.False(range.Unsatisfiable);
        Assert.Equal((0L, 999L), (range.First, range.Last));
    }

    [Theory]
    [InlineData("bytes=1000-")]
    [InlineData("bytes=5000-6000")]
    [InlineData("bytes=-0")]
    public void Of_BeyondTheEnd_Unsatisfiable(string header) =>
        Assert.True(VoiceByteRange.Of(header, 1000).Unsatisfiable);
}
