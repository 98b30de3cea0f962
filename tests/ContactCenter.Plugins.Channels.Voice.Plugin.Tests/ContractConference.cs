using System.Net;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// A 3-way conference through the kernel's <see cref="IVoiceCalls.ConferenceAsync"/>, whichever way the customer's call
/// was set up (an inbound caller or a call placed through a trunk). agent1's phone (SIPp, <c>conf_phone_answer.xml</c>)
/// is offered the queued call and bridged; the third party (<c>conf_party_leaves.xml</c>) is dialled as a SIP URI or
/// as agent-2's registered phone. Every party's RTP is a <see cref="RtpTonePeer"/> with its own tone (customer
/// <see cref="CustomerHz"/>, agent 1100 Hz, party 1700 Hz): while the party is in, each of the three hears the other
/// two and not itself; the party's own BYE (5 s after answering) leaves customer and agent hearing each other only.
/// The call is then hung up through the contract: the customer's side and agent1's phone get BYE.
/// </summary>
internal static class ContractConference
{
    /// <summary>The customer's tone: its <see cref="RtpTonePeer"/> is the caller's or the called party's RTP address.</summary>
    public const int CustomerHz = 500;

    private const int AgentHz = 1100;
    private const int PartyHz = 1700;
    private const int Conferenced = 1;
    private const int AfterLeaving = 2;

    /// <summary>
    /// Runs the conference on queued interaction <paramref name="id"/>, whose customer speaks and listens on
    /// <paramref name="customer"/>; <paramref name="customerSide"/> is the customer's SIPp, which must end passing
    /// (our BYE answered). <paramref name="partyKind"/> is <c>sip-uri</c> or <c>agent</c>.
    /// </summary>
    public static async Task AddPartyAsync(PluginTestKernel kernel, IPEndPoint server, string partyKind, RtpTonePeer customer, string id, Task<SippResult> customerSide)
    {
        var voice = kernel.VoiceCalls;
        using var agent = new RtpTonePeer(AgentHz);
        using var party = new RtpTonePeer(PartyHz);
        using var agentPhone = await VoicePhones.RegisterAndStartAsync(server, "conf_phone_answer.xml", agent.AudioPortKey);
        var partyPort = SippRunner.FreePort("UDP");
        using var partyPhone = partyKind == "agent"
            ? await VoicePhones.RegisterAndStartAsAsync("agent2", server, "conf_party_leaves.xml", party.AudioPortKey)
            : SippRunner.Start("conf_party_leaves.xml", "UDP", server, 1, partyPort, party.AudioPortKey);
        await kernel.Interactions.OfferAsync(id, "agent-1");
        await Poll.ForResultAsync(async () => await voice.GetCallAsync(id) is { Value.State: VoiceCallState.Bridged } b ? b.Value : null);

        var added = await voice.ConferenceAsync(id, partyKind == "agent" ? ConferenceParty.Agent("agent-2") : ConferenceParty.AtSipUri($"sip:party@127.0.0.1:{partyPort}"));
        Assert.True(added.Succeeded, added.Reason);
        var joined = await Poll.ForResultAsync(async () => await voice.GetCallAsync(id) is { Value.Participants.Count: 3 } c ? c.Value : null);
        Assert.Equal(["customer", "agent", "conference"], joined.Participants.Select(p => p.Role));
        (customer.Phase, agent.Phase, party.Phase) = (Conferenced, Conferenced, Conferenced);

        // The party leaves by itself (its BYE, 5 s after answering): the call goes on between the first two.
        var left = await Poll.ForResultAsync(async () => await voice.GetCallAsync(id) is { Value.Participants.Count: 2 } c ? c.Value : null);
        await Task.Delay(300);
        (customer.Phase, agent.Phase) = (AfterLeaving, AfterLeaving);
        await Poll.UntilAsync(() => customer.PacketsIn(AfterLeaving) >= 50 && agent.PacketsIn(AfterLeaving) >= 50);
        Assert.True((await voice.HangupAsync(id)).Succeeded);

        AssertPassed(await customerSide, "customer");
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
}
