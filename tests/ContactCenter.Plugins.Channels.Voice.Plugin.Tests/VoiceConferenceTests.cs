using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// A 3-way conference through the voice contract with real SIPp peers: a caller bridged to agent1's phone, then
/// <see cref="IVoiceCalls.ConferenceAsync"/> dials a third party (a SIP URI, or another agent's registered phone).
/// Every party's RTP is the test's own (a distinct tone each), so what each one hears proves the mix: each hears the
/// other two while the party is in; the party's BYE leaves the caller and the agent talking to each other only
/// (<see cref="ContractConference"/>, shared with the outbound call's conference).
/// </summary>
public sealed class VoiceConferenceTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceConferenceTests).Assembly),
        Configuration = WithoutRecording(VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" },
            new Dictionary<string, string> { ["agent1"] = "agent-1", ["agent2"] = "agent-2" })),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Theory]
    [InlineData("sip-uri")]
    [InlineData("agent")]
    public async Task Conference_PartyAnswers_EachHearsTheOtherTwo_PartyByeLeavesTheCallUp(string partyKind)
    {
        using var customer = new RtpTonePeer(ContractConference.CustomerHz);
        var caller = SippRunner.RunAsync("conf_caller.xml", "UDP", Server, 1, ["-s", "autos", .. customer.AudioPortKey]);
        var id = (await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued))).Id;

        await ContractConference.AddPartyAsync(_kernel, Server, partyKind, customer, id, caller);
    }

    private static JsonObject WithoutRecording(JsonObject configuration)
    {
        configuration["record"] = false;
        return configuration;
    }
}
