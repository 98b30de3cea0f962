using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;
using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Trunks;

public sealed class VoiceTrunkingReaderTests
{
    private static readonly Dictionary<string, string?> Carrier = new()
    {
        ["lines:autos"] = "q-autos",
        ["ivr:salud:greeting"] = "greeting",
        ["trunks:carrier:addresses:0"] = "203.0.113.0/24",
        ["trunks:carrier:addresses:1"] = "198.51.100.7:5060",
        ["trunks:carrier:addresses:2"] = "2001:db8::1",
        ["trunks:carrier:outboundProxy"] = "198.51.100.7:5060",
        ["trunks:carrier:register:username"] = "acme",
        ["trunks:carrier:register:secret"] = "s3cret-value",
        ["trunks:carrier:register:expiresSeconds"] = "600",
        ["trunks:carrier:callerIdNumber"] = "+34 911 000 000",
        ["trunks:carrier:callerIdName"] = "ACME",
        ["trunks:carrier:countryCode"] = "34",
        ["trunks:carrier:dids:911234567"] = "autos",
        ["trunks:carrier:dids:+34 912 345 678"] = "salud",
        ["dids:0044201234567"] = "autos",
        ["outboundLines:autos:trunk"] = "carrier",
        ["outboundLines:autos:callerIdNumber"] = "+34911234567",
        ["outboundLines:autos:callerIdName"] = "Seguros Autos",
    };

    [Fact]
    public void Read_FullTrunk_ValuesNormalised()
    {
        var trunking = VoiceOptions.From(Config(Carrier)).Trunking;

        var trunk = Assert.Single(trunking.Trunks);
        Assert.Equal("carrier", trunk.Id);
        Assert.Equal(3, trunk.Addresses.Count);
        Assert.Equal(IPEndPoint.Parse("198.51.100.7:5060"), trunk.OutboundProxy);
        Assert.Equal("udp", trunk.Transport);
        Assert.Equal("acme", trunk.Registration!.Username);
        Assert.Equal(600, trunk.Registration.ExpiresSeconds);
        Assert.Null(trunk.Registration.Realm);
        Assert.Equal("+34911000000", trunk.CallerIdNumber);
        Assert.True(trunk.AssertIdentity);
        Assert.Equal("autos", trunk.Dids["+34911234567"]);
        Assert.Equal("salud", trunk.Dids["+34912345678"]);
        Assert.Equal("autos", trunking.Dids["+44201234567"]);
        var line = trunking.OutboundLines["AUTOS"];
        Assert.Equal(("carrier", "+34911234567", "Seguros Autos"), (line.TrunkId, line.CallerIdNumber, line.CallerIdName));
        Assert.Equal(TimeSpan.FromSeconds(45), line.RingTimeout);
        Assert.Equal(("acme", "s3cret-value", (string?)null), (trunk.Credentials!.Username, trunk.Credentials.Secret, trunk.Credentials.Realm));
    }

    [Fact]
    public void Read_AuthAndRingTimeout_AuthAnswersChallengesInsteadOfTheRegistrationAccount()
    {
        var settings = new Dictionary<string, string?>(Carrier)
        {
            ["trunks:carrier:auth:username"] = "calls",
            ["trunks:carrier:auth:secret"] = "other-secret",
            ["trunks:carrier:auth:realm"] = "carrier.test",
            ["outboundLines:autos:ringTimeoutSeconds"] = "20",
        };

        var trunking = VoiceOptions.From(Config(settings)).Trunking;

        var credentials = Assert.Single(trunking.Trunks).Credentials!;
        Assert.Equal(("calls", "other-secret", "carrier.test"), (credentials.Username, credentials.Secret, credentials.Realm));
        Assert.DoesNotContain("other-secret", credentials.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(20), trunking.OutboundLines["autos"].RingTimeout);
    }

    [Fact]
    public void Registration_ToString_NeverShowsTheSecret()
    {
        var trunk = Assert.Single(VoiceOptions.From(Config(Carrier)).Trunking.Trunks);

        Assert.DoesNotContain("s3cret-value", trunk.Registration!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", trunk.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoTrunks_NoneAndEmptyMaps()
    {
        var trunking = VoiceOptions.From(Config(new() { ["lines:autos"] = "q-autos" })).Trunking;

        Assert.Empty(trunking.Trunks);
        Assert.Empty(trunking.Dids);
        Assert.Empty(trunking.OutboundLines);
    }

    [Theory]
    [InlineData("trunks:carrier:addresses:1", "sbc.example.com:5060", "trunks.carrier.addresses[1]")]
    [InlineData("trunks:carrier:addresses:0", "203.0.113.0/40", "trunks.carrier.addresses[0]")]
    [InlineData("trunks:carrier:addresses:0", "", "trunks.carrier.addresses[0]")]
    [InlineData("trunks:carrier:outboundProxy", "sip..carrier.example:5060", "trunks.carrier.outboundProxy")]
    [InlineData("trunks:carrier:outboundProxy", "sip.carrier.example:99999", "trunks.carrier.outboundProxy")]
    [InlineData("trunks:carrier:outboundProxy", "sip carrier", "trunks.carrier.outboundProxy")]
    [InlineData("trunks:carrier:outboundProxy", "198.51.100.7:", "trunks.carrier.outboundProxy")]
    [InlineData("trunks:carrier:transport", "sctp", "trunks.carrier.transport")]
    [InlineData("trunks:carrier:tls:serverName", "sbc.carrier.example", "trunks.carrier.tls is only for transport tls")]
    [InlineData("trunks:carrier:keepAliveSeconds", "1", "trunks.carrier.keepAliveSeconds")]
    [InlineData("trunkDnsServers:0", "dns.example", "trunkDnsServers[0]")]
    [InlineData("trunks:carrier:register:secret", "", "trunks.carrier.register.secret")]
    [InlineData("trunks:carrier:register:username", "a b", "trunks.carrier.register.username")]
    [InlineData("trunks:carrier:register:expiresSeconds", "10", "trunks.carrier.register.expiresSeconds")]
    [InlineData("trunks:carrier:callerIdNumber", "reception", "trunks.carrier.callerIdNumber")]
    [InlineData("trunks:carrier:countryCode", "0034", "trunks.carrier.countryCode")]
    [InlineData("trunks:carrier:assertIdentity", "maybe", "trunks.carrier.assertIdentity")]
    [InlineData("trunks:carrier:dids:911234567", "nowhere", "trunks.carrier.dids.911234567")]
    [InlineData("trunks:carrier:dids:+34911234567", "autos", "trunks.carrier.dids.+34911234567")]
    [InlineData("dids:autos", "autos", "dids.autos")]
    [InlineData("dids:911234567", "autos", "dids.911234567")]
    [InlineData("outboundLines:autos:trunk", "other", "outboundLines.autos.trunk")]
    [InlineData("outboundLines:autos:callerIdName", "\u0007bell", "outboundLines.autos.callerIdName")]
    [InlineData("trunks:bad id:addresses:0", "203.0.113.9", "trunks.bad id")]
    [InlineData("trunks:carrier:auth:username", "a:b", "trunks.carrier.auth.username")]
    [InlineData("trunks:carrier:auth:username", "calls", "trunks.carrier.auth.secret")]
    [InlineData("outboundLines:autos:ringTimeoutSeconds", "0", "outboundLines.autos.ringTimeoutSeconds")]
    [InlineData("outboundLines:autos:ringTimeoutSeconds", "forever", "outboundLines.autos.ringTimeoutSeconds")]
    [InlineData("trunks:carrier:srtp", "always", "trunks.carrier.srtp 'always' must be off, optional or mandatory")]
    [InlineData("trunks:carrier:srtp", "1", "trunks.carrier.srtp '1' must be off, optional or mandatory")]
    [InlineData("trunks:carrier:srtp", "mandatory", "trunks.carrier.srtp mandatory needs transport tls (SRTP keys are only sent over TLS), and the transport is udp")]
    public void Read_BadEntry_RefusedNamingIt(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>(Carrier) { [key] = value };

        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(settings)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TrunkWithoutAddressesOrProxy_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(new() { ["trunks:empty:countryCode"] = "34" })));

        Assert.Contains("trunks.empty needs addresses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RegisterWithoutProxy_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(new()
        {
            ["trunks:c:addresses:0"] = "203.0.113.1",
            ["trunks:c:register:username"] = "u",
            ["trunks:c:register:secret"] = "p",
        })));

        Assert.Contains("trunks.c.register needs the trunk's outboundProxy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutboundLineOnTrunkWithoutProxy_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(new()
        {
            ["lines:autos"] = "q",
            ["trunks:c:addresses:0"] = "203.0.113.1",
            ["outboundLines:autos:trunk"] = "c",
        })));

        Assert.Contains("outboundLines.autos.trunk 'c' has no outboundProxy", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sip.carrier.example", "udp", "sip.carrier.example", null, null)]
    [InlineData("SIP.Carrier.Example:5070", "tcp", "sip.carrier.example", 5070, null)]
    [InlineData("198.51.100.7", "tls", "198.51.100.7", null, "198.51.100.7:5061")]
    [InlineData("198.51.100.7:5080", "tcp", "198.51.100.7", 5080, "198.51.100.7:5080")]
    [InlineData("[2001:db8::1]:5062", "udp", "2001:db8::1", 5062, "[2001:db8::1]:5062")]
    [InlineData("2001:db8::1", "udp", "2001:db8::1", null, "[2001:db8::1]:5060")]
    public void Read_OutboundProxy_HostOrIpWithOptionalPort(string text, string transport, string host, int? port, string? literal)
    {
        var settings = new Dictionary<string, string?>(Carrier) { ["trunks:carrier:outboundProxy"] = text, ["trunks:carrier:transport"] = transport };

        var trunk = Assert.Single(VoiceOptions.From(Config(settings)).Trunking.Trunks);

        Assert.Equal((host, port, transport.ToUpperInvariant()), (trunk.Proxy!.Host, trunk.Proxy.Port, trunk.Proxy.Transport));
        Assert.Equal(literal is null ? null : IPEndPoint.Parse(literal), trunk.OutboundProxy);
        Assert.Equal(transport == "tls" ? host : null, trunk.Proxy.Tls?.ServerName);
    }

    [Theory]
    [InlineData(null, "udp", "Optional")]
    [InlineData("off", "tls", "Off")]
    [InlineData("Optional", "tcp", "Optional")]
    [InlineData("MANDATORY", "tls", "Mandatory")]
    public void Read_TrunkSrtp_OffOptionalByDefaultMandatoryOverTls(string? srtp, string transport, string expected)
    {
        var settings = new Dictionary<string, string?>(Carrier) { ["trunks:carrier:srtp"] = srtp, ["trunks:carrier:transport"] = transport };

        Assert.Equal(Enum.Parse<SrtpMode>(expected), Assert.Single(VoiceOptions.From(Config(settings)).Trunking.Trunks).Srtp);
    }

    [Fact]
    public void Read_TlsTrunk_ServerNamePinKeepAliveAndDnsServers()
    {
        var settings = new Dictionary<string, string?>(Carrier)
        {
            ["trunks:carrier:outboundProxy"] = "198.51.100.7",
            ["trunks:carrier:transport"] = "TLS",
            ["trunks:carrier:keepAliveSeconds"] = "15",
            ["trunks:carrier:tls:serverName"] = "sbc.carrier.example",
            ["trunks:carrier:tls:pinnedSha256"] = string.Join(':', Enumerable.Repeat("ab", 32)),
            ["trunkDnsServers:0"] = "192.0.2.53",
            ["trunkDnsServers:1"] = "127.0.0.1:5353",
        };

        var trunking = VoiceOptions.From(Config(settings)).Trunking;
        var proxy = Assert.Single(trunking.Trunks).Proxy!;

        Assert.Equal("sbc.carrier.example", proxy.Tls!.ServerName);
        Assert.Equal(string.Concat(Enumerable.Repeat("AB", 32)), proxy.Tls.PinnedSha256);
        Assert.Equal(TimeSpan.FromSeconds(15), proxy.KeepAlive);
        Assert.Equal([IPEndPoint.Parse("192.0.2.53:53"), IPEndPoint.Parse("127.0.0.1:5353")], trunking.DnsServers);
    }

    [Fact]
    public void Read_TlsCaFile_LoadedAndBadFilesRefusedNamingTheEntry()
    {
        var pem = Path.Combine(Path.GetTempPath(), $"carrier-ca-{Guid.NewGuid():N}.pem");
        var empty = Path.Combine(Path.GetTempPath(), $"carrier-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(pem, Support.RunningSipServer.Certificate.ExportCertificatePem());
        File.WriteAllText(empty, "not a certificate");
        try
        {
            Dictionary<string, string?> Tls(string caFile) => new(Carrier)
            {
                ["trunks:carrier:transport"] = "tls",
                ["trunks:carrier:tls:caFile"] = caFile,
            };

            var proxy = Assert.Single(VoiceOptions.From(Config(Tls(pem))).Trunking.Trunks).Proxy!;
            var missing = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(Tls(pem + ".gone"))));
            var noCertificate = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(Tls(empty))));
            var both = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(new(Tls(pem)) { ["trunks:carrier:tls:pinnedSha256"] = new string('a', 64) })));

            Assert.Equal(Support.RunningSipServer.Certificate.Thumbprint, Assert.Single(proxy.Tls!.TrustedRoots!).Thumbprint);
            Assert.Contains("trunks.carrier.tls.caFile", missing.Message, StringComparison.Ordinal);
            Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
            Assert.Contains("trunks.carrier.tls.caFile", noCertificate.Message, StringComparison.Ordinal);
            Assert.Contains("trunks.carrier.tls takes caFile or pinnedSha256, not both", both.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pem);
            File.Delete(empty);
        }
    }

    internal static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
