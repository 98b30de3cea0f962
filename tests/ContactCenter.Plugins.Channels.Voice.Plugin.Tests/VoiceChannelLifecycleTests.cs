using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// An inbound SIPp call through the hosted plugin: it becomes a voice interaction, is queued on the line's queue,
/// offered and accepted (the kernel's lifecycle rules), answered with media when Connected, and its BYE ends the contact.
/// </summary>
public sealed class VoiceChannelLifecycleTests : IAsyncLifetime
{
    private readonly int _sipPort = FreeUdpAndTcpPort();
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceChannelLifecycleTests).Assembly),
        Configuration = new JsonObject
        {
            ["bindAddress"] = "127.0.0.1",
            ["udpPort"] = _sipPort,
            ["tcpPort"] = _sipPort,
            ["tlsPort"] = 0,
            ["rtpPortMin"] = 0,
            ["lines"] = new JsonObject { ["autos"] = "q-autos" },
        },
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task InboundCall_QueuedOfferedAcceptedAnsweredThenByeEndsContact()
    {
        var sipp = SippRunner.RunAsync("call_pcap.xml", "UDP", new IPEndPoint(IPAddress.Loopback, _sipPort), calls: 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));

        var queued = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        Assert.Equal(ChannelKind.Voice, queued.Channel);
        Assert.Equal("q-autos", queued.QueueId);
        Assert.Equal("voice", queued.ChannelName);
        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        await _kernel.Interactions.AcceptOfferAsync(queued.Id, "agent-1");
        var result = await sipp;

        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
        var ended = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State != InteractionState.Connected));
        Assert.Contains(ended.State, new[] { InteractionState.WrapUp, InteractionState.Closed });
    }

    [Fact]
    public async Task InboundCall_UnknownLine_404AndNoInteraction()
    {
        var result = await SippRunner.RunAsync("call_pcap.xml", "UDP", new IPEndPoint(IPAddress.Loopback, _sipPort), calls: 1,
            "-s", "nowhere", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture), "-recv_timeout", "3000");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("404", result.Errors + result.Output, StringComparison.Ordinal);
        Assert.Empty(_kernel.Interactions.All);
    }

    private static async Task<Interaction> WaitForAsync(Func<Interaction?> probe)
    {
        for (var i = 0; i < 400; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The interaction did not reach the expected state within 10 s.");
    }

    private static int FreeUdpAndTcpPort()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException) when (attempt < 20)
            {
            }
        }
    }
}
