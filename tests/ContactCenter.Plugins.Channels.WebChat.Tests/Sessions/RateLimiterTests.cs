using ContactCenter.Plugins.Channels.WebChat.Sessions;
using ContactCenter.Plugins.Channels.WebChat.Tests.Support;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Sessions;

public sealed class RateLimiterTests
{
    [Fact]
    public void TryTake_BurstSpent_RefusesUntilTimeRefills()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(clock, perMinute: 30, capacity: 3);

        var burst = Enumerable.Range(0, 3).Select(_ => limiter.TryTake()).ToList();
        var fourth = limiter.TryTake();
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterOneSecond = limiter.TryTake();
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterTwoMore = limiter.TryTake();

        Assert.All(burst, Assert.True);
        Assert.False(fourth);
        Assert.False(afterOneSecond);
        Assert.True(afterTwoMore);
    }

    [Fact]
    public void TryTake_LongIdle_RefillsOnlyToCapacity()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(clock, perMinute: 60, capacity: 2);
        limiter.TryTake();
        limiter.TryTake();

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal([true, true, false], Enumerable.Range(0, 3).Select(_ => limiter.TryTake()).ToList());
    }
}
