using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Protection;

public sealed class SipRateLimiterTests
{
    private static readonly IPAddress Source = IPAddress.Parse("192.0.2.10");
    private static readonly IPAddress Other = IPAddress.Parse("192.0.2.11");

    [Fact]
    public void TryAcquire_BurstExhausted_RejectsUntilTokensRefill()
    {
        var time = new FakeTimeProvider();
        var limiter = new SipRateLimiter(new SipProtectionOptions { Burst = 3, RequestsPerSecond = 2 }, time);

        var burst = Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire(Source)).ToList();
        var overLimit = limiter.TryAcquire(Source);
        time.Advance(TimeSpan.FromMilliseconds(500));
        var afterRefill = limiter.TryAcquire(Source);
        var againOver = limiter.TryAcquire(Source);

        Assert.All(burst, Assert.True);
        Assert.False(overLimit);
        Assert.True(afterRefill);
        Assert.False(againOver);
    }

    [Fact]
    public void TryAcquire_OneSourceFlooding_OtherSourceUnaffected()
    {
        var limiter = new SipRateLimiter(new SipProtectionOptions { Burst = 1, RequestsPerSecond = 1 }, new FakeTimeProvider());

        limiter.TryAcquire(Source);
        var flooded = limiter.TryAcquire(Source);
        var other = limiter.TryAcquire(Other);

        Assert.False(flooded);
        Assert.True(other);
    }

    [Fact]
    public void TryAcquire_TrackingLimitReached_EvictsIdleSourcesAndKeepsLimitingBusyOnes()
    {
        var time = new FakeTimeProvider();
        var limiter = new SipRateLimiter(new SipProtectionOptions { Burst = 1, RequestsPerSecond = 1, MaxTrackedSources = 2 }, time);
        limiter.TryAcquire(Source);
        time.Advance(TimeSpan.FromSeconds(5));
        limiter.TryAcquire(Other);

        var third = limiter.TryAcquire(IPAddress.Parse("192.0.2.12"));
        var otherAgain = limiter.TryAcquire(Other);

        Assert.True(third);
        Assert.False(otherAgain);
    }
}
