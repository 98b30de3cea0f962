using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// With a trunk configured (carrier 127.0.0.2), an INVITE from 127.0.0.1 is refused 403 with no interaction, until a
/// phone registered from 127.0.0.1: then its calls enter as dialled.
/// </summary>
public sealed class VoiceTrunkRefusalTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceTrunkRefusalTests).Assembly),
        Configuration = VoiceTrunkConfig.With(_sipPort, new JsonObject
        {
            ["carrier"] = new JsonObject { ["addresses"] = new JsonArray("127.0.0.2/32") },
        }),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Invite_NotFromCarrierNorPhone_403ThenAdmittedOnceAPhoneRegisteredFromThere()
    {
        var refused = await SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture), "-recv_timeout", "3000");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("403", refused.Errors + refused.Output, StringComparison.Ordinal);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7200 && l.Message.Contains("Not from a configured trunk or registered phone", StringComparison.Ordinal));
        Assert.Empty(_kernel.Interactions.All);

        var registered = await SippRunner.RunAsync("phone_register.xml", "UDP", Server, 1,
            "-s", "agent1", "-au", "agent1", "-ap", VoicePhones.Secret, "-key", "phone_port", SippRunner.FreePort("UDP").ToString(CultureInfo.InvariantCulture));
        Assert.True(registered.ExitCode == 0, $"SIPp (registration) exit {registered.ExitCode}: {registered.Errors}");
        var sipp = SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));

        Assert.Equal("q-autos", queued.QueueId);
        Assert.False(queued.Attributes.ContainsKey("trunk"));

        // agent-2 has no phone: accepting answers the call on the platform (agent-1's phone is SIPp's dead contact).
        await _kernel.Interactions.OfferAsync(queued.Id, "agent-2");
        await _kernel.Interactions.AcceptOfferAsync(queued.Id, "agent-2");
        var result = await sipp;
        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}");
    }
}
