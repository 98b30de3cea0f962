using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sipp;

/// <summary>
/// A trunk's registration against SIPp acting as the provider's registrar (<c>provider_registrar.xml</c>): refused
/// once (back-off and retry), then challenged with MD5 digest on every REGISTER, a 2 s grant that must be refreshed,
/// and the removal (Expires: 0) when the client stops, over UDP and over a TCP connection we open (SIPp -t t1). A wrong
/// secret and a registrar that never answers fail.
/// </summary>
public sealed class SippTrunkRegistrationTests
{
    [Theory]
    [InlineData("UDP")]
    [InlineData("TCP")]
    public async Task Register_ProviderChallenges_BackOffThenRegisteredRefreshedAndRemovedOnStop(string transport)
    {
        var (sipp, registrar) = StartProvider(transport);
        using var _ = sipp;
        await using var server = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(server.Server);
        var client = new SipRegistrationClient(Account(registrar, "trunk-secret", transport), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.Accepted >= 2);
        Assert.Equal(SipRegistrationState.Registered, client.State);
        Assert.StartsWith("200", client.LastResult, StringComparison.Ordinal);
        Assert.True(client.ExpiresAt > DateTimeOffset.UtcNow.AddSeconds(200), "the second grant is 300 s");
        await client.StopAsync();

        var result = await sipp.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}");
        Assert.Equal(SipRegistrationState.Unregistered, client.State);
        Assert.StartsWith("200", client.LastResult, StringComparison.Ordinal);

        // Over TCP every REGISTER (refreshes and removal included) went on the one connection we opened.
        Assert.Equal(transport == "TCP" ? 1 : 0, route.Connections.Opened);
    }

    [Fact]
    public async Task Register_WrongSecret_FailedWithTheProvidersAnswerNeverRegistered()
    {
        var (sipp, registrar) = StartProvider("UDP");
        using var _ = sipp;
        await using var server = RunningCallServer.Start(new TestCallApplication());
        await using var route = TestTrunkRoute.Create(server.Server);
        var client = new SipRegistrationClient(Account(registrar, "not-the-secret", "UDP"), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.LastResult?.Contains("Wrong credentials", StringComparison.Ordinal) == true);
        Assert.Equal(SipRegistrationState.Failed, client.State);
        Assert.Equal(0, client.Accepted);
        await client.StopAsync();

        Assert.NotEqual(0, (await sipp.WaitAsync()).ExitCode);
        Assert.Equal(SipRegistrationState.Unregistered, client.State);
    }

    [Fact]
    public async Task Register_RegistrarSilent_FailedWith408()
    {
        await using var server = RunningCallServer.Start(new TestCallApplication(), new SipTimers { T1 = TimeSpan.FromMilliseconds(20) });
        var silent = new IPEndPoint(IPAddress.Loopback, SippRunner.FreePort("UDP"));
        await using var route = TestTrunkRoute.Create(server.Server);
        var client = new SipRegistrationClient(Account(silent, "trunk-secret", "UDP"), route, TimeProvider.System, NullLogger.Instance);

        client.Start();
        await RegistrationWait.ForAsync(() => client.State == SipRegistrationState.Failed);
        Assert.StartsWith("408", client.LastResult, StringComparison.Ordinal);
        Assert.Null(client.ExpiresAt);
        await client.StopAsync();
    }

    private static (SippProcess Sipp, IPEndPoint Registrar) StartProvider(string transport)
    {
        var port = SippRunner.FreePort(transport);

        // UAS: the address argument is only SIPp's default remote; it answers whoever sends the REGISTER.
        var sipp = SippRunner.Start("provider_registrar.xml", transport, new IPEndPoint(IPAddress.Loopback, 9), 1, port);
        return (sipp, new IPEndPoint(IPAddress.Loopback, port));
    }

    private static SipRegistrationAccount Account(IPEndPoint registrar, string secret, string transport) =>
        new("carrier", new SipTrunkTarget(registrar.Address.ToString(), registrar.Port, transport), "acme", secret, "provider.test", Realm: null, ExpiresSeconds: 600)
        {
            RetryDelay = TimeSpan.FromMilliseconds(300),
        };
}
