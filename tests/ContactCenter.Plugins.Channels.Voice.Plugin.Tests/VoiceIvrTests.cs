using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// A line with a greeting and a DTMF menu, called by SIPp: the call is answered at once, the greeting and the menu
/// (the shipped Spanish prompts) arrive as RTP at the address the caller's SDP names (a socket of the test, so the
/// audio is counted), RFC 4733 digit 2 sent by SIPp queues the call on the queue mapped to 2, and the caller's BYE
/// abandons it. A caller who hangs up during the greeting leaves an abandoned interaction that was never queued.
/// </summary>
public sealed class VoiceIvrTests : IAsyncLifetime
{
    private readonly int _sipPort = FreeUdpAndTcpPort();
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceIvrTests).Assembly),
        Configuration = new JsonObject
        {
            ["bindAddress"] = "127.0.0.1",
            ["udpPort"] = _sipPort,
            ["tcpPort"] = _sipPort,
            ["tlsPort"] = 0,
            ["rtpPortMin"] = 0,
            ["lines"] = new JsonObject { ["autos"] = "q-autos" },
            ["ivr"] = new JsonObject
            {
                ["autos"] = new JsonObject
                {
                    ["language"] = "es",
                    ["greeting"] = "greeting",
                    ["menu"] = new JsonObject { ["1"] = "q-claims", ["2"] = "q-policies" },
                    ["menuTimeoutSeconds"] = 5,
                    ["menuRetries"] = 1,
                },
            },
        },
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task GreetingAndMenuHeard_Digit2_QueuedOnItsQueue_ByeAbandons()
    {
        using var audio = new RtpCounter();
        var sipp = SippRunner.RunAsync("call_ivr_menu.xml", "UDP", new IPEndPoint(IPAddress.Loopback, _sipPort), calls: 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture),
            "-key", "audio_port", audio.Port.ToString(CultureInfo.InvariantCulture));

        var created = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault());
        Assert.Equal(InteractionState.Created, created.State);
        var queued = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        Assert.Equal("q-policies", queued.QueueId);

        // Before the digit: ~2.7 s of greeting and the start of the menu, PCMU as the caller offered, at 20 ms frames.
        Assert.True(audio.Packets >= 120, $"{audio.Packets} RTP packets of prompt audio");
        Assert.True(audio.AudiblePackets >= 40, $"{audio.AudiblePackets} audible packets of {audio.Packets}");
        Assert.Equal(0, audio.OtherPayloadTypes);

        var result = await sipp;
        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
        var abandoned = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State == InteractionState.Abandoned));
        Assert.Equal("q-policies", abandoned.QueueId);
    }

    [Fact]
    public async Task HangupDuringGreeting_AbandonedNeverQueued()
    {
        using var audio = new RtpCounter();
        var result = await SippRunner.RunAsync("call_ivr_hangup.xml", "UDP", new IPEndPoint(IPAddress.Loopback, _sipPort), calls: 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture),
            "-key", "audio_port", audio.Port.ToString(CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
        var abandoned = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Abandoned));
        Assert.Null(abandoned.QueueId);
        Assert.True(audio.Packets > 0, "the greeting had started");
        var heard = audio.Packets;
        await Task.Delay(300);
        Assert.True(audio.Packets - heard <= 2, $"prompt audio went on after the hang-up: {audio.Packets - heard} more packets");
    }

    private static async Task<Interaction> WaitForAsync(Func<Interaction?> probe)
    {
        for (var i = 0; i < 600; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The interaction did not reach the expected state within 15 s.");
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
