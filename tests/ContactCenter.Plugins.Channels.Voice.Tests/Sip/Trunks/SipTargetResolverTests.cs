using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Trunks;

/// <summary>RFC 3263 (simplified) resolution of trunk hosts against a DNS stand-in on a loopback ephemeral port.</summary>
public sealed class SipTargetResolverTests
{
    [Fact]
    public async Task Srv_TargetsInPriorityOrderWithTheirPorts()
    {
        using var dns = new DnsStandIn()
            .Srv("_sip._tcp.carrier.test", priority: 20, weight: 0, port: 5070, "backup.carrier.test")
            .Srv("_sip._tcp.carrier.test", priority: 10, weight: 0, port: 5080, "main.carrier.test")
            .A("main.carrier.test", "127.0.0.2")
            .A("backup.carrier.test", "127.0.0.3");

        var resolved = await Resolver(dns).ResolveAsync(new SipTrunkTarget("carrier.test", null, "TCP"), CancellationToken.None);

        Assert.Null(resolved.Failure);
        Assert.Equal([IPEndPoint.Parse("127.0.0.2:5080"), IPEndPoint.Parse("127.0.0.3:5070")], resolved.Targets);
    }

    [Theory]
    [InlineData("UDP", "_sip._udp.carrier.test", "127.0.0.4:5064")]
    [InlineData("TCP", "_sip._tcp.carrier.test", "127.0.0.5:5065")]
    [InlineData("TLS", "_sips._tcp.carrier.test", "127.0.0.6:5066")]
    public async Task Srv_ServiceNameFollowsTheTransport(string transport, string service, string expected)
    {
        using var dns = new DnsStandIn()
            .Srv("_sip._udp.carrier.test", 10, 0, 5064, "udp.carrier.test").A("udp.carrier.test", "127.0.0.4")
            .Srv("_sip._tcp.carrier.test", 10, 0, 5065, "tcp.carrier.test").A("tcp.carrier.test", "127.0.0.5")
            .Srv("_sips._tcp.carrier.test", 10, 0, 5066, "tls.carrier.test").A("tls.carrier.test", "127.0.0.6");

        var resolved = await Resolver(dns).ResolveAsync(new SipTrunkTarget("carrier.test", null, transport), CancellationToken.None);

        Assert.Equal([IPEndPoint.Parse(expected)], resolved.Targets);
        Assert.Equal(1, dns.Questions(service));
    }

    [Theory]
    [InlineData("UDP", 5060)]
    [InlineData("TLS", 5061)]
    public async Task NoSrv_FallsBackToTheHostsAddressOnTheDefaultPort(string transport, int port)
    {
        using var dns = new DnsStandIn().A("carrier.test", "127.0.0.7");

        var resolved = await Resolver(dns).ResolveAsync(new SipTrunkTarget("carrier.test", null, transport), CancellationToken.None);

        Assert.Equal([new IPEndPoint(IPAddress.Parse("127.0.0.7"), port)], resolved.Targets);
    }

    [Fact]
    public async Task ExplicitPort_AddressOnlyNoSrvQuestion()
    {
        using var dns = new DnsStandIn().Srv("_sip._udp.carrier.test", 10, 0, 5999, "other.carrier.test").A("carrier.test", "127.0.0.8");

        var resolved = await Resolver(dns).ResolveAsync(new SipTrunkTarget("carrier.test", 5070, "UDP"), CancellationToken.None);

        Assert.Equal([IPEndPoint.Parse("127.0.0.8:5070")], resolved.Targets);
        Assert.Equal(0, dns.Questions("_sip._udp.carrier.test"));
    }

    [Fact]
    public async Task IpLiteral_NoDnsAtAll()
    {
        using var dns = new DnsStandIn();
        var resolver = Resolver(dns);

        var v4 = await resolver.ResolveAsync(new SipTrunkTarget("198.51.100.7", null, "TLS"), CancellationToken.None);
        var v6 = await resolver.ResolveAsync(new SipTrunkTarget("[2001:db8::1]", 5062, "TCP"), CancellationToken.None);

        Assert.Equal([IPEndPoint.Parse("198.51.100.7:5061")], v4.Targets);
        Assert.Equal([IPEndPoint.Parse("[2001:db8::1]:5062")], v6.Targets);
        Assert.Equal(0, resolver.Queries);
    }

    [Fact]
    public async Task Answers_CachedForTheShortestTtlThenAskedAgain()
    {
        using var dns = new DnsStandIn()
            .Srv("_sip._udp.carrier.test", 10, 0, 5080, "main.carrier.test", ttl: 600)
            .A("main.carrier.test", "127.0.0.2", ttl: 30);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var resolver = Resolver(dns, time);
        var target = new SipTrunkTarget("carrier.test", null, "UDP");

        await resolver.ResolveAsync(target, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(29));
        var cached = await resolver.ResolveAsync(target, CancellationToken.None);
        var asked = dns.Questions("_sip._udp.carrier.test");
        time.Advance(TimeSpan.FromSeconds(2));
        var fresh = await resolver.ResolveAsync(target, CancellationToken.None);

        Assert.Equal([IPEndPoint.Parse("127.0.0.2:5080")], cached.Targets);
        Assert.Equal(1, asked);
        Assert.Equal(2, dns.Questions("_sip._udp.carrier.test"));
        Assert.Equal(cached.Targets, fresh.Targets);
    }

    [Fact]
    public async Task Nxdomain_NoTargetsAndTheReasonNamesTheHost()
    {
        using var dns = new DnsStandIn().A("carrier.test", "127.0.0.2");

        var resolved = await Resolver(dns).ResolveAsync(new SipTrunkTarget("nowhere.test", null, "UDP"), CancellationToken.None);

        Assert.Empty(resolved.Targets);
        Assert.Equal("host nowhere.test not found (NXDOMAIN)", resolved.Failure);
    }

    [Fact]
    public async Task DnsServerSilent_NoTargetsWithTheReason()
    {
        using var silent = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Dgram, System.Net.Sockets.ProtocolType.Udp);
        silent.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var resolver = new SipTargetResolver([(IPEndPoint)silent.LocalEndPoint!], TimeProvider.System, NullLogger.Instance);

        var resolved = await resolver.ResolveAsync(new SipTrunkTarget("carrier.test", 5060, "UDP"), CancellationToken.None);

        Assert.Empty(resolved.Targets);
        Assert.StartsWith("DNS lookup of carrier.test failed", resolved.Failure, StringComparison.Ordinal);
    }

    private static SipTargetResolver Resolver(DnsStandIn dns, TimeProvider? time = null) =>
        new([dns.Endpoint], time ?? TimeProvider.System, NullLogger.Instance);
}
