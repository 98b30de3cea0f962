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
/// other two while the party is in; the party's BYE leaves the caller and the agent talking to each other only.
/// </summary>
public sealed class VoiceConferenceTests : IAsyncLifetime
{
    private const int CustomerHz = 500;
    private const int AgentHz = 1100;
    private const int PartyHz = 1700;
    private const int Conferenced = 1;
    private const int AfterLeaving = 2;
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _kernel.VoiceCalls;

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
        using var customer = new RtpTonePeer(CustomerHz);
        using var agent = new RtpTonePeer(AgentHz);
        using var party = new RtpTonePeer(PartyHz);
        using var agentPhone = await VoicePhones.RegisterAndStartAsync(Server, "conf_phone_answer.xml", agent.AudioPortKey);
        var partyPort = SippRunner.FreePort("UDP");
        using var partyPhone = partyKind == "agent"
            ? await VoicePhones.RegisterAndStartAsAsync("agent2", Server, "conf_party_leaves.xml", party.AudioPortKey)
            : SippRunner.Start("conf_party_leaves.xml", "UDP", Server, 1, partyPort, party.AudioPortKey);
        var caller = SippRunner.RunAsync("conf_caller.xml", "UDP", Server, 1, ["-s", "autos", .. customer.AudioPortKey]);
        var id = (await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued))).Id;
        await _kernel.Interactions.OfferAsync(id, "agent-1");
        await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.State: VoiceCallState.Bridged } b ? b.Value : null);

        var added = await Voice.ConferenceAsync(id, partyKind == "agent" ? ConferenceParty.Agent("agent-2") : ConferenceParty.AtSipUri($"sip:party@127.0.0.1:{partyPort}"));
        Assert.True(added.Succeeded, added.Reason);
        var joined = await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.Participants.Count: 3 } c ? c.Value : null);
        Assert.Equal(["customer", "agent", "conference"], joined.Participants.Select(p => p.Role));
        (customer.Phase, agent.Phase, party.Phase) = (Conferenced, Conferenced, Conferenced);

        // The party leaves by itself (its BYE, 5 s after answering): the call goes on between the first two.
        var left = await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.Participants.Count: 2 } c ? c.Value : null);
        await Task.Delay(300);
        (customer.Phase, agent.Phase) = (AfterLeaving, AfterLeaving);
        await Poll.UntilAsync(() => customer.PacketsIn(AfterLeaving) >= 50 && agent.PacketsIn(AfterLeaving) >= 50);
        Assert.True((await Voice.HangupAsync(id)).Succeeded);

        AssertPassed(await caller, "caller");
        AssertPassed(await agentPhone.WaitAsync(), "agent phone");
        AssertPassed(await partyPhone.WaitAsync(), "party phone");
        Assert.Equal(["customer", "agent"], left.Participants.Select(p => p.Id));
        Assert.Equal(VoiceCallState.Bridged, left.State);
        customer.AssertHears(Conferenced, [AgentHz, PartyHz], []);
        agent.AssertHears(Conferenced, [CustomerHz, PartyHz], []);
        party.AssertHears(Conferenced, [CustomerHz, AgentHz], []);
        customer.AssertHears(AfterLeaving, [AgentHz], [PartyHz]);
        agent.AssertHears(AfterLeaving, [CustomerHz], [PartyHz]);
    }

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");

    private static JsonObject WithoutRecording(JsonObject configuration)
    {
        configuration["record"] = false;
        return configuration;
    }
}
