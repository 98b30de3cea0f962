using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sipp;

/// <summary>Real-peer tests: SIPp (Debian sip-tester) drives our transports, transactions and registrar on loopback.</summary>
public sealed class SippRegistrarTests
{
    [Theory]
    [InlineData("UDP")]
    [InlineData("TCP")]
    public async Task Register_WithDigestAuth_401Then200(string transport)
    {
        await using var server = await RunningSipServer.StartAsync();

        var result = await SippRunner.RunAsync("register_auth.xml", transport, Endpoint(server, transport), calls: 3,
            "-s", RunningSipServer.User, "-au", RunningSipServer.User, "-ap", RunningSipServer.Secret);

        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
    }

    [Theory]
    [InlineData("UDP")]
    [InlineData("TCP")]
    public async Task Options_KeepAlive_200(string transport)
    {
        await using var server = await RunningSipServer.StartAsync();

        var result = await SippRunner.RunAsync("options.xml", transport, Endpoint(server, transport), calls: 2);

        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
    }

    [Fact]
    public async Task Register_BadAuthFlood_SourceBannedAndThenIgnored()
    {
        await using var server = await RunningSipServer.StartAsync(new SipProtectionOptions { MaxAuthFailures = 3 });

        var flood = await SippRunner.RunAsync("register_bad_auth.xml", "UDP", server.Udp, calls: 3,
            "-s", RunningSipServer.User, "-au", RunningSipServer.User, "-ap", "wrong-guess");
        var afterBan = await SippRunner.RunAsync("register_auth.xml", "UDP", server.Udp, calls: 1,
            "-s", RunningSipServer.User, "-au", RunningSipServer.User, "-ap", RunningSipServer.Secret, "-recv_timeout", "1500");

        Assert.True(flood.ExitCode == 0, $"flood: SIPp exit {flood.ExitCode}\n{flood.Errors}");
        Assert.True(afterBan.ExitCode != 0, "a banned source must get no answer, even with the right secret");
    }

    private static System.Net.IPEndPoint Endpoint(RunningSipServer server, string transport) => transport == "TCP" ? server.Tcp : server.Udp;
}
