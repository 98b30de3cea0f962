using ContactCenter.Kernel.Plugins.Runtime;

namespace ContactCenter.Kernel.Tests.Plugins.Runtime;

public sealed class VerificationPauseTests
{
    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(2, 400)]
    [InlineData(3, 800)]
    [InlineData(4, 1000)]
    [InlineData(11, 1000)]
    [InlineData(500, 1000)]
    public void VerificationPause_DoublesFromTheConfiguredDelay_UpToOneSecond(int attempt, int expectedMilliseconds)
    {
        var pause = PluginUnloader.VerificationPause(TimeSpan.FromMilliseconds(100), attempt);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), pause);
    }

    [Fact]
    public void VerificationPause_ConfiguredAboveTheCap_IsKeptAsConfigured()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), PluginUnloader.VerificationPause(TimeSpan.FromSeconds(3), 5));
    }

    [Fact]
    public void VerificationPause_Zero_StaysZero()
    {
        Assert.Equal(TimeSpan.Zero, PluginUnloader.VerificationPause(TimeSpan.Zero, 7));
    }
}
