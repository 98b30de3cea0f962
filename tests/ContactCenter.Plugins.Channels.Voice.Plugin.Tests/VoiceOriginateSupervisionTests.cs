using System.Net;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Supervision and transfers of a call we placed through a trunk, end to end with SIPp: the carrier (SIPp as UAS,
/// <c>out_carrier_answer.xml</c>) answers our INVITE and stays until our BYE, the agents' and the supervisor's phones
/// are SIPp UASs registered with us, and every party's RTP is a <see cref="RtpTonePeer"/> with its own tone, so what
/// each side receives proves the mix. A supervisor monitors through the contract in each mode (listen: heard by
/// nobody; whisper: heard by the agent and not by the called party; barge: heard by both; the supervisor hears both);
/// agent1's phone consults agent2 and transfers attended (REFER with Replaces): the carrier's leg ends up bridged to
/// agent2's leg, agent1's legs end and the interaction moves to agent-2; a conference through the contract adds a
/// third party and each of the three hears the other two (<see cref="ContractConference"/>). The carrier's leg never
/// gets a request before the final BYE (its scenario fails on any).
/// </summary>
public sealed class VoiceOriginateSupervisionTests : IAsyncLifetime
{
    private const int CustomerHz = ContractConference.CustomerHz;
    private const int AgentHz = 1100;
    private const int ThirdHz = 1700;
    private const int Checked = 1;

    // The carrier on another address than the phones (127.0.0.1), as in production: the trunk's proxy address is a
    // carrier source, so a phone's consultation INVITE from it would enter through the trunk as a DID.
    private const string CarrierAddress = "127.0.0.2";
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _carrierPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _kernel.VoiceCalls;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceOriginateSupervisionTests).Assembly),
        Configuration = Originations.Configuration(_sipPort, _carrierPort,
            new Dictionary<string, string> { ["agent1"] = "agent-1", ["agent2"] = "agent-2", ["sup1"] = "sup-1" }, CarrierAddress),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Theory]
    [InlineData(VoiceMonitorMode.Listen)]
    [InlineData(VoiceMonitorMode.Whisper)]
    [InlineData(VoiceMonitorMode.Barge)]
    public async Task Monitor_OutboundBridged_SupervisorHearsBothAndIsHeardAsTheModeSays(VoiceMonitorMode mode)
    {
        using var customer = new RtpTonePeer(CustomerHz);
        using var agent = new RtpTonePeer(AgentHz);
        using var supervisor = new RtpTonePeer(ThirdHz);
        using var agentPhone = await VoicePhones.RegisterAndStartAsync(Server, "conf_phone_answer.xml", agent.AudioPortKey);
        using var supervisorPhone = await VoicePhones.RegisterAndStartAsAsync("sup1", Server, "conf_phone_answer.xml", supervisor.AudioPortKey);
        using var carrier = Carrier(customer);
        var id = await QueuedCallAsync();
        await Originations.BridgeToAgent1Async(_kernel, id);

        var monitored = await Voice.MonitorAsync(id, "sup-1", mode);
        Assert.True(monitored.Succeeded, monitored.Reason);
        var joined = await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.Participants.Count: 3 } c ? c.Value : null);
        (customer.Phase, agent.Phase, supervisor.Phase) = (Checked, Checked, Checked);
        await Poll.UntilAsync(() => customer.PacketsIn(Checked) >= 50 && agent.PacketsIn(Checked) >= 50 && supervisor.PacketsIn(Checked) >= 50);
        (customer.Phase, agent.Phase, supervisor.Phase) = (0, 0, 0);
        Assert.True((await Voice.StopMonitorAsync(id, "sup-1")).Succeeded);
        AssertPassed(await supervisorPhone.WaitAsync(), "supervisor phone");
        Assert.True((await Voice.HangupAsync(id)).Succeeded);
        AssertPassed(await carrier.WaitAsync(), "carrier");
        AssertPassed(await agentPhone.WaitAsync(), "agent phone");

        Assert.Equal(("supervisor:sup-1", "supervisor", mode), (joined.Participants[2].Id, joined.Participants[2].Role, joined.Participants[2].MonitorMode));
        supervisor.AssertHears(Checked, [CustomerHz, AgentHz], []);
        int[] supervisorOnly = [ThirdHz];
        customer.AssertHears(Checked, mode == VoiceMonitorMode.Barge ? [AgentHz, ThirdHz] : [AgentHz], mode == VoiceMonitorMode.Barge ? [] : supervisorOnly);
        agent.AssertHears(Checked, mode == VoiceMonitorMode.Listen ? [CustomerHz] : [CustomerHz, ThirdHz], mode == VoiceMonitorMode.Listen ? supervisorOnly : []);
    }

    [Fact]
    public async Task AttendedTransfer_AgentPhoneConsultsAgent2AndRefersWithReplaces_CarrierBridgedToAgent2Agent1Released()
    {
        using var customer = new RtpTonePeer(CustomerHz);
        using var consultedAudio = new RtpTonePeer(ThirdHz);
        using var consulted = await VoicePhones.RegisterAndStartAsAsync("agent2", Server, "conf_phone_answer.xml", consultedAudio.AudioPortKey);
        using var phone = await VoicePhones.RegisterAndStartAsync(Server, "phone_attended_transfer.xml", "-key", "target", "agent2");
        using var carrier = Carrier(customer);
        var id = await QueuedCallAsync();
        await _kernel.Interactions.OfferAsync(id, "agent-1");

        // agent1's phone answers, consults agent2 through us, REFERs with Replaces and gets BYE on both its legs (its
        // scenario checks the 202, the NOTIFYs and the two BYEs).
        AssertPassed(await phone.WaitAsync(), "transferring phone");
        var transferred = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Connected && i.AgentId == "agent-2"));
        var call = await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.State: VoiceCallState.Bridged, Value.AgentId: "agent-2" } c ? c.Value : null);
        (customer.Phase, consultedAudio.Phase) = (Checked, Checked);
        await Poll.UntilAsync(() => customer.PacketsIn(Checked) >= 50 && consultedAudio.PacketsIn(Checked) >= 50);
        (customer.Phase, consultedAudio.Phase) = (0, 0);

        // Ending the contact sends BYE to the carrier and to agent2's phone: both legs were bridged to the end.
        await _kernel.Interactions.EndContactAsync(id);
        AssertPassed(await carrier.WaitAsync(), "carrier");
        AssertPassed(await consulted.WaitAsync(), "consulted phone");

        Assert.Equal((Direction.Outbound, Originations.Number), (transferred.Direction, transferred.Attributes["to"]));
        Assert.Equal(("+34910000001", Originations.Number), (call.Caller, call.Called));
        Assert.Contains(_kernel.Logs, l => l.EventId == 7140);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7141);
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId == 7049);
        customer.AssertHears(Checked, [ThirdHz], []);
        consultedAudio.AssertHears(Checked, [CustomerHz], []);
    }

    [Theory]
    [InlineData("sip-uri")]
    [InlineData("agent")]
    public async Task Conference_OutboundBridged_PartyAnswers_EachHearsTheOtherTwo_PartyByeLeavesTheCallUp(string partyKind)
    {
        using var customer = new RtpTonePeer(CustomerHz);
        using var carrier = Carrier(customer);
        var id = await QueuedCallAsync();

        await ContractConference.AddPartyAsync(_kernel, Server, partyKind, customer, id, carrier.WaitAsync());
    }

    /// <summary>The carrier on <see cref="CarrierAddress"/>: answers with <paramref name="customer"/> as the called party's RTP and stays until our BYE.</summary>
    private SippProcess Carrier(RtpTonePeer customer) =>
        Originations.AnsweringCarrier(Server, _carrierPort, customer.Port, "out_carrier_answer.xml", address: CarrierAddress);

    /// <summary>Places the call from line autos; the carrier answers and the interaction waits in q-autos.</summary>
    private async Task<string> QueuedCallAsync()
    {
        var id = await Originations.PlaceAsync(Voice, "autos", Originations.Number);
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Queued));
        return id;
    }

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
}
