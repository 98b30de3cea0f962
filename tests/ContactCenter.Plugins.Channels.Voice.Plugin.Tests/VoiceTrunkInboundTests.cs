using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Inbound calls with a trunk configured, hosted plugin and SIPp on 127.0.0.1. As the carrier (trunk address
/// 127.0.0.1): a DID in the trunk's national form enters the line it maps to (queued there, the interaction says which
/// DID, line and trunk); an unknown DID gets 404 and no interaction. Not the carrier (trunk address 127.0.0.2): 403
/// and no interaction, until a phone registered from 127.0.0.1, whose calls then enter as dialled.
/// </summary>
public sealed class VoiceTrunkInboundTests
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    [Fact]
    public async Task Invite_NationalDidFromCarrier_QueuedOnMappedLineWithDidLineAndTrunk()
    {
        await using var kernel = await StartAsync("127.0.0.1");
        var sipp = Call("911234567");

        var queued = await Poll.ForAsync(() => kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        Assert.Equal("q-autos", queued.QueueId);
        Assert.Equal("911234567", queued.Attributes["to"]);
        Assert.Equal("autos", queued.Attributes["line"]);
        Assert.Equal("carrier", queued.Attributes["trunk"]);
        await AnswerAndHangUpAsync(kernel, queued, sipp);
    }

    [Fact]
    public async Task Invite_UnknownDidFromCarrier_404UnknownDidNoInteraction()
    {
        await using var kernel = await StartAsync("127.0.0.1");

        AssertRefused(kernel, await Call("+34999999999", "-recv_timeout", "3000"), "404", "Unknown DID");
    }

    [Fact]
    public async Task Invite_NotFromCarrierNorPhone_403ThenAdmittedOnceAPhoneRegisteredFromThere()
    {
        await using var kernel = await StartAsync("127.0.0.2/32");

        AssertRefused(kernel, await Call("autos", "-recv_timeout", "3000"), "403", "Not from a configured trunk or registered phone");

        var registered = await SippRunner.RunAsync("phone_register.xml", "UDP", Server, 1,
            "-s", "agent1", "-au", "agent1", "-ap", VoicePhones.Secret, "-key", "phone_port", SippRunner.FreePort("UDP").ToString(CultureInfo.InvariantCulture));
        Assert.True(registered.ExitCode == 0, $"SIPp (registration) exit {registered.ExitCode}: {registered.Errors}");
        var sipp = Call("autos");
        var queued = await Poll.ForAsync(() => kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));

        Assert.Equal("q-autos", queued.QueueId);
        Assert.False(queued.Attributes.ContainsKey("trunk"));
        await AnswerAndHangUpAsync(kernel, queued, sipp);
    }

    /// <summary>SIPp's call failed on <paramref name="status"/>, the refusal was logged with its reason, and no interaction exists.</summary>
    private static void AssertRefused(PluginTestKernel kernel, SippResult result, string status, string reason)
    {
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(status, result.Errors + result.Output, StringComparison.Ordinal);
        Assert.Contains(kernel.Logs, l => l.EventId == 7200 && l.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(kernel.Interactions.All);
    }

    private Task<SippResult> Call(string dialled, params string[] extra) =>
        SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1, ["-s", dialled, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture), .. extra]);

    /// <summary>agent-2 has no phone: accepting answers the call on the platform; SIPp's BYE then ends the contact.</summary>
    private static async Task AnswerAndHangUpAsync(PluginTestKernel kernel, Interaction queued, Task<SippResult> sipp)
    {
        await kernel.Interactions.OfferAsync(queued.Id, "agent-2");
        await kernel.Interactions.AcceptOfferAsync(queued.Id, "agent-2");
        var result = await sipp;

        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}");
        await Poll.ForAsync(() => kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State is InteractionState.WrapUp or InteractionState.Closed));
    }

    /// <summary>The shared phone setup (agent1 on the test realm), line autos → q-autos, and trunk "carrier" at <paramref name="carrier"/> with DID 911234567 → autos.</summary>
    private Task<PluginTestKernel> StartAsync(string carrier)
    {
        var configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" }, new Dictionary<string, string> { ["agent1"] = "agent-1" });
        configuration["trunks"] = new JsonObject
        {
            ["carrier"] = new JsonObject
            {
                ["addresses"] = new JsonArray(carrier),
                ["countryCode"] = "34",
                ["dids"] = new JsonObject { ["+34 911 234 567"] = "autos" },
            },
        };
        return PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceTrunkInboundTests).Assembly),
            Configuration = configuration,
        });
    }
}
