using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Protection;

public sealed class SipBanListTests
{
    private static readonly IPAddress Source = IPAddress.Parse("198.51.100.7");

    private static readonly SipProtectionOptions Options = new()
    {
        MaxAuthFailures = 3, FailureWindow = TimeSpan.FromMinutes(1), BanDuration = TimeSpan.FromMinutes(10),
    };

    [Fact]
    public void RecordFailure_ThirdFailureInWindow_BansUntilDurationElapses()
    {
        var time = new FakeTimeProvider();
        var bans = new SipBanList(Options, time);

        var first = bans.RecordFailure(Source);
        var second = bans.RecordFailure(Source);
        var third = bans.RecordFailure(Source);
        var bannedNow = bans.IsBanned(Source);
        time.Advance(TimeSpan.FromMinutes(10));
        var bannedLater = bans.IsBanned(Source);

        Assert.False(first);
        Assert.False(second);
        Assert.True(third);
        Assert.True(bannedNow);
        Assert.False(bannedLater);
    }

    [Fact]
    public void RecordFailure_FailuresSpreadBeyondWindow_NoBan()
    {
        var time = new FakeTimeProvider();
        var bans = new SipBanList(Options, time);

        bans.RecordFailure(Source);
        bans.RecordFailure(Source);
        time.Advance(TimeSpan.FromMinutes(2));
        var third = bans.RecordFailure(Source);

        Assert.False(third);
        Assert.False(bans.IsBanned(Source));
    }

    [Fact]
    public void RecordSuccess_AfterFailures_ClearsCount()
    {
        var bans = new SipBanList(Options, new FakeTimeProvider());

        bans.RecordFailure(Source);
        bans.RecordFailure(Source);
        bans.RecordSuccess(Source);
        var afterSuccess = bans.RecordFailure(Source);

        Assert.False(afterSuccess);
        Assert.False(bans.IsBanned(Source));
    }
}
