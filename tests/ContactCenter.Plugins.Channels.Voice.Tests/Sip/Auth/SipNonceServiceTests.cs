using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Auth;

public sealed class SipNonceServiceTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _time = new();
    private readonly SipNonceService _nonces;

    public SipNonceServiceTests() => _nonces = new SipNonceService(_time, Lifetime);

    [Fact]
    public void AcceptCount_OnlyIncreasingCountsPerNonce()
    {
        var nonce = _nonces.Issue();

        Assert.True(_nonces.AcceptCount(nonce, "00000001"));
        Assert.False(_nonces.AcceptCount(nonce, "00000001"));
        Assert.True(_nonces.AcceptCount(nonce, "00000003"));
        Assert.False(_nonces.AcceptCount(nonce, "00000002"));
        Assert.True(_nonces.AcceptCount(_nonces.Issue(), "00000001"));
    }

    [Theory]
    [InlineData("00000000")]
    [InlineData("1")]
    [InlineData("0000000g")]
    [InlineData("000000001")]
    public void AcceptCount_MalformedOrZeroCount_Refused(string nc) => Assert.False(_nonces.AcceptCount(_nonces.Issue(), nc));

    [Fact]
    public void AcceptCount_ExpiredCountsAreForgottenByTheNextSweep()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(_nonces.AcceptCount(_nonces.Issue(), "00000001"));
        }

        _time.Advance(Lifetime + TimeSpan.FromSeconds(1));
        var fresh = _nonces.Issue();
        Assert.True(_nonces.AcceptCount(fresh, "00000001"));

        Assert.Equal(1, _nonces.RememberedCount);
    }

    [Fact]
    public void AcceptCount_ALiveNonceKeepsItsCountAcrossSweeps()
    {
        var early = _nonces.Issue();
        Assert.True(_nonces.AcceptCount(early, "00000001"));
        _time.Advance(TimeSpan.FromMinutes(1));
        var nonce = _nonces.Issue();
        Assert.True(_nonces.AcceptCount(nonce, "00000005"));

        // A lifetime after the first sweep the next one runs: it forgets the early nonce, not this one.
        _time.Advance(Lifetime - TimeSpan.FromSeconds(30));
        Assert.True(_nonces.AcceptCount(_nonces.Issue(), "00000001"));
        Assert.Equal(2, _nonces.RememberedCount);

        Assert.False(_nonces.AcceptCount(nonce, "00000005"));
        Assert.True(_nonces.AcceptCount(nonce, "00000006"));
    }
}
