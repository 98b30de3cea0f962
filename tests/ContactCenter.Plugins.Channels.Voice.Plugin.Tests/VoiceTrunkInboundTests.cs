using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Inbound calls through a trunk, hosted plugin and SIPp as the carrier on 127.0.0.1: a DID in the trunk's national
/// form enters the line it maps to (queued there, the interaction says which DID, line and trunk); an unknown DID gets
/// 404 and no interaction.
/// </summary>
public sealed class VoiceTrunkInboundTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceTrunkInboundTests).Assembly),
        Configuration = VoiceTrunkConfig.With(_sipPort, new JsonObject
        {
            ["carrier"] = new JsonObject
            {
                ["addresses"] = new JsonArray("127.0.0.1"),
                ["countryCode"] = "34",
                ["dids"] = new JsonObject { ["+34 911 234 567"] = "autos" },
            },
        }),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Invite_NationalDidFromCarrier_QueuedOnMappedLineWithDidLineAndTrunk()
    {
        var sipp = SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1, "-s", "911234567", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));

        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        Assert.Equal("q-autos", queued.QueueId);
        Assert.Equal("911234567", queued.Attributes["to"]);
        Assert.Equal("autos", queued.Attributes["line"]);
        Assert.Equal("carrier", queued.Attributes["trunk"]);
        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        await _kernel.Interactions.AcceptOfferAsync(queued.Id, "agent-1");
        var result = await sipp;

        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State is InteractionState.WrapUp or InteractionState.Closed));
    }

    [Fact]
    public async Task Invite_UnknownDidFromCarrier_404UnknownDidNoInteraction()
    {
        var result = await SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1,
            "-s", "+34999999999", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture), "-recv_timeout", "3000");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("404", result.Errors + result.Output, StringComparison.Ordinal);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7200 && l.Message.Contains("Unknown DID", StringComparison.Ordinal));
        Assert.Empty(_kernel.Interactions.All);
    }
}
