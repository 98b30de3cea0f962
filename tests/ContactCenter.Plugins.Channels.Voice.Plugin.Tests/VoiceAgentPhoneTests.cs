using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Routing;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// The B2BUA in the kernel lifecycle, hosted plugin and real peers: agent-1's phone (SIPp) registers as SIP user
/// agent1 with the HA1s from configuration; the offer rings it; answering accepts the offer and bridges the caller
/// (SIPp) to it; busy rejects the offer and the call goes back to its queue; the connected phone transfers blind
/// with REFER (RFC 3515) to a line's queue or another agent, and a REFER to an unknown target leaves the call bridged;
/// it transfers attended (RFC 5589 §7) by consulting agent2's phone (SIPp) and REFERring with Replaces, or by consulting
/// a line (<c>sip:salud@…</c>): the agent routing chooses in its queue, never the consulting one, 480 when there is none.
/// </summary>
public sealed class VoiceAgentPhoneTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceAgentPhoneTests).Assembly),
        Configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos", ["salud"] = "q-salud" },
            new Dictionary<string, string> { ["agent1"] = "agent-1", ["agent2"] = "agent-2", ["agent3"] = "agent-3" }),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Offer_PhoneAnswers_OfferAcceptedBridgedCallerByeEndsBothLegs()
    {
        using var phone = await RegisterAndStartPhoneAsync("phone_answer.xml", "-rtp_echo");
        var caller = SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var queued = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));

        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        var callerResult = await caller;
        var phoneResult = await phone.WaitAsync();

        AssertPassed(callerResult, "caller");
        AssertPassed(phoneResult, "phone");
        var ended = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State is InteractionState.WrapUp or InteractionState.Closed));
        Assert.Equal("agent-1", ended.AgentId);

        // The test host has no encryption at rest: the recording must be refused (logged), never stored in clear.
        await WaitForLogAsync(7047);
        Assert.Empty((await _kernel.Store.Collection<JsonObject>("recordings").QueryAsync(Sdk.Storage.DocumentQuery.All)).Items);
        Assert.Empty((await _kernel.Store.Collection<JsonObject>("recording-chunks").QueryAsync(Sdk.Storage.DocumentQuery.All)).Items);
    }

    [Fact]
    public async Task Offer_PhoneBusy_OfferRejectedCallBackInQueue()
    {
        using var phone = await RegisterAndStartPhoneAsync("phone_busy.xml");
        var caller = SippRunner.RunAsync("call_pcap.xml", "UDP", Server, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var queued = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));

        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        AssertPassed(await phone.WaitAsync(), "phone");

        await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State == InteractionState.Queued && i.Version > queued.Version + 1));
        await _kernel.Interactions.AbandonAsync(queued.Id, "test-over");
        var callerResult = await caller;
        Assert.NotEqual(0, callerResult.ExitCode);
    }

    [Fact]
    public async Task Refer_ToLine_CallerQueuedThereAgentLegReleasedCallerStaysUp()
    {
        var (interaction, phoneResult, callerResult) = await ReferAsync("phone_refer.xml", "salud");

        AssertPassed(phoneResult, "phone");
        AssertPassed(callerResult, "caller");
        var ended = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == interaction.Id && i.State == InteractionState.Abandoned));
        Assert.Equal("q-salud", ended.QueueId);
        Assert.Null(ended.AgentId);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7048);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7032);
    }

    [Fact]
    public async Task Refer_ToAgentsPhoneUser_OfferedToThatAgent()
    {
        var (interaction, phoneResult, callerResult) = await ReferAsync("phone_refer.xml", "agent2", () =>
            _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Offered && i.AgentId == "agent-2"));

        AssertPassed(phoneResult, "phone");
        AssertPassed(callerResult, "caller");
        Assert.Equal("agent-2", interaction.AgentId);
        await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == interaction.Id && i.State is InteractionState.Abandoned or InteractionState.Queued));
    }

    [Fact]
    public async Task Refer_ToUnknownTarget_Notify404CallStaysBridgedWithTheAgent()
    {
        var (interaction, phoneResult, callerResult) = await ReferAsync("phone_refer_unknown.xml", "nobody", extra: ["-key", "refer_to", "sip:nobody@127.0.0.1"]);

        AssertPassed(callerResult, "caller");
        AssertPassed(phoneResult, "phone");
        var ended = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == interaction.Id && i.State is InteractionState.WrapUp or InteractionState.Closed));
        Assert.Equal("agent-1", ended.AgentId);
        Assert.Equal("q-autos", ended.QueueId);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7049 && l.Message.Contains("unknown target", StringComparison.Ordinal));
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId == 7048);
    }

    [Fact]
    public async Task AttendedTransfer_ConsultationThenReferWithReplaces_CustomerBridgedToConsultedAgentAgent1LegsReleased()
    {
        using var consulted = await VoicePhones.RegisterAndStartAsAsync("agent2", Server, "phone_answer.xml");
        using var phone = await RegisterAndStartPhoneAsync("phone_attended_transfer.xml", "-key", "target", "agent2");
        var (caller, queued) = await CallOfferedToAgent1Async();
        AssertPassed(await phone.WaitAsync(), "transferring phone");
        var transferred = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State == InteractionState.Connected && i.AgentId == "agent-2"));
        await _kernel.Interactions.EndContactAsync(transferred.Id);

        // The platform's BYE reaches the customer and the consulted phone: both legs were bridged to the end.
        AssertPassed(await caller, "caller");
        AssertPassed(await consulted.WaitAsync(), "consulted phone");
        Assert.Contains(_kernel.Logs, l => l.EventId == 7140);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7141);
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId == 7049);
    }

    [Fact]
    public async Task AttendedTransfer_ReplacesNamesNoConsultation_Notify481CallStaysBridgedWithTheAgent()
    {
        var (interaction, phoneResult, callerResult) = await ReferAsync("phone_refer_unknown.xml", "agent2", extra:
            ["-key", "refer_to", "sip:agent2@127.0.0.1?Replaces=nope%40127.0.0.1%3Bto-tag%3Dx1%3Bfrom-tag%3Dy1"]);

        AssertPassed(callerResult, "caller");
        AssertPassed(phoneResult, "phone");
        var ended = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == interaction.Id && i.State is InteractionState.WrapUp or InteractionState.Closed));
        Assert.Equal("agent-1", ended.AgentId);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7049 && l.Message.Contains("Replaces names no live consultation", StringComparison.Ordinal));
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7048 or 7141);
    }

    [Fact]
    public async Task AttendedTransfer_ReplacesNamesAnotherAgentsConsultation_Notify403CallStaysWithTheAgent()
    {
        using var consulted = await VoicePhones.RegisterAndStartAsAsync("agent3", Server, "phone_answer.xml");
        using var phone = await VoicePhones.RegisterManyAndStartAsync(["agent1", "agent2"], Server, "phone_attended_refused.xml", "-key", "target", "agent3");
        var (caller, queued) = await CallOfferedToAgent1Async();
        var refused = await WaitForAsync(() => _kernel.Logs.Any(l => l.EventId == 7049)
            ? _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id) : null);

        // The consultation was agent-2's: the REFER is refused and the call stays with agent-1.
        Assert.Contains(_kernel.Logs, l => l.EventId == 7049 && l.Message.Contains("not this agent's", StringComparison.Ordinal));
        Assert.Equal(InteractionState.Connected, refused.State);
        Assert.Equal("agent-1", refused.AgentId);
        AssertPassed(await consulted.WaitAsync(), "consulted phone");
        await _kernel.Interactions.EndContactAsync(queued.Id);
        AssertPassed(await phone.WaitAsync(), "phone");
        AssertPassed(await caller, "caller");
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7048 or 7141);
    }

    [Fact]
    public async Task QueueConsultation_RoutedAgentAnswersThenReferWithReplaces_CustomerBridgedToThatAgent()
    {
        using var consulted = await VoicePhones.RegisterAndStartAsAsync("agent2", Server, "phone_answer.xml");
        using var phone = await RegisterAndStartPhoneAsync("phone_attended_transfer.xml", "-key", "target", "salud");
        var (caller, queued) = await CallOfferedToAgent1Async();

        // agent-1's phone calls sip:salud@…: a consultation interaction waits in the line's queue; the test plays the
        // kernel's routing and offers it to agent-2, whose phone rings and answers.
        var consultation = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id != queued.Id && i.State == InteractionState.Queued));
        Assert.Equal("q-salud", consultation.QueueId);
        Assert.Equal(Direction.Internal, consultation.Direction);
        Assert.Equal("agent-1", consultation.Attributes["consultingAgent"]);
        await _kernel.Interactions.OfferAsync(consultation.Id, "agent-2");

        AssertPassed(await phone.WaitAsync(), "transferring phone");
        var transferred = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State == InteractionState.Connected && i.AgentId == "agent-2"));
        var ended = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == consultation.Id && i.State == InteractionState.Closed));
        Assert.Equal("agent-2", Assert.Single(ended.Legs, l => l.ConnectedAt is not null).AgentId);

        // The kit's kernel requires a disposition after wrap-up: the consultation closes with the plugin's own code.
        Assert.Equal("consultation", ended.Disposition?.Code);
        await _kernel.Interactions.EndContactAsync(transferred.Id);

        // The platform's BYE reaches the customer and the consulted phone: both legs were bridged to the end.
        AssertPassed(await caller, "caller");
        AssertPassed(await consulted.WaitAsync(), "consulted phone");
        Assert.Equal(2, _kernel.Interactions.All.Count);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7142 && l.Message.Contains("agent-2", StringComparison.Ordinal));
        Assert.Contains(_kernel.Logs, l => l.EventId == 7140);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7141);
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7049 or 7143);
    }

    [Fact]
    public async Task QueueConsultation_NoAgentAvailable_480WithWarningCustomerStaysWithTheAgent()
    {
        // Routing's newest snapshot of the line's queue: nobody free for its work.
        await _kernel.Events.PublishAsync(CloudEvent.Create(EventTypes.QueueSnapshot, "/kernel", "q-salud", DateTimeOffset.UtcNow,
            new QueueSnapshot { QueueId = "q-salud", At = DateTimeOffset.UtcNow, AgentsAvailable = 0, AgentsStaffed = 1 }, ContactCenterJson.CreateOptions()));
        using var phone = await RegisterAndStartPhoneAsync("phone_consult_refused.xml", "-key", "target", "salud");
        var (caller, queued) = await CallOfferedToAgent1Async();

        await WaitForLogAsync(7143);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7143 && l.Message.Contains("no agent of the queue is available", StringComparison.Ordinal));
        var kept = Assert.Single(_kernel.Interactions.All);
        Assert.Equal(InteractionState.Connected, kept.State);
        Assert.Equal("agent-1", kept.AgentId);
        await _kernel.Interactions.EndContactAsync(queued.Id);

        AssertPassed(await phone.WaitAsync(), "phone");
        AssertPassed(await caller, "caller");
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7140 or 7142 or 7141 or 7048);
    }

    [Fact]
    public async Task QueueConsultation_OfferedToTheConsultingAgent_480NeverRingsTheirOwnPhone()
    {
        using var phone = await RegisterAndStartPhoneAsync("phone_consult_refused.xml", "-key", "target", "salud");
        var (caller, queued) = await CallOfferedToAgent1Async();

        // agent-1 is the only agent of the queue: routing (played by the test) can only name them.
        var consultation = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id != queued.Id && i.State == InteractionState.Queued));
        await _kernel.Interactions.OfferAsync(consultation.Id, "agent-1");

        var abandoned = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == consultation.Id && i.State == InteractionState.Abandoned));
        Assert.Equal("consultation-ended", abandoned.Reason);
        await WaitForLogAsync(7143);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7143 && l.Message.Contains("offered to the consulting agent", StringComparison.Ordinal));
        var kept = _kernel.Interactions.All.Single(i => i.Id == queued.Id);
        Assert.Equal(InteractionState.Connected, kept.State);
        Assert.Equal("agent-1", kept.AgentId);
        await _kernel.Interactions.EndContactAsync(queued.Id);

        AssertPassed(await phone.WaitAsync(), "phone");
        AssertPassed(await caller, "caller");
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7140 or 7142 or 7141 or 7041);
    }

    /// <summary>
    /// A caller who stays six seconds after the answer; agent1's phone answers the offer and REFERs to
    /// <paramref name="target"/>. Returns the interaction once <paramref name="transferred"/> sees it (by default,
    /// queued again after the transfer, or simply connected when the target is unknown) and both SIPp results.
    /// </summary>
    private async Task<(Interaction Interaction, SippResult Phone, SippResult Caller)> ReferAsync(string scenario, string target, Func<Interaction?>? transferred = null, string[]? extra = null)
    {
        using var phone = await RegisterAndStartPhoneAsync(scenario, ["-key", "target", target, .. extra ?? []]);
        var caller = SippRunner.RunAsync("call_stays.xml", "UDP", Server, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var queued = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));

        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State == InteractionState.Connected));
        var moved = await WaitForAsync(transferred ?? (() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id
            && (i.State == InteractionState.Queued || _kernel.Logs.Any(l => l.EventId == 7049)))));
        return (moved, await phone.WaitAsync(), await caller);
    }

    /// <summary>
    /// A caller (<c>call_server_bye.xml</c>: stays until the platform's BYE) on line autos, queued and offered to
    /// agent-1, whose phone the test started. Returns the caller's run and the queued interaction.
    /// </summary>
    private async Task<(Task<SippResult> Caller, Interaction Queued)> CallOfferedToAgent1Async()
    {
        var caller = SippRunner.RunAsync("call_server_bye.xml", "UDP", Server, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var queued = await WaitForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        return (caller, queued);
    }

    private Task<SippProcess> RegisterAndStartPhoneAsync(string scenario, params string[] extra) =>
        VoicePhones.RegisterAndStartAsync(Server, scenario, extra);

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");

    private async Task WaitForLogAsync(int eventId)
    {
        for (var i = 0; i < 400 && !_kernel.Logs.Any(l => l.EventId == eventId); i++)
        {
            await Task.Delay(25);
        }

        Assert.Contains(_kernel.Logs, l => l.EventId == eventId);
    }

    private static async Task<Interaction> WaitForAsync(Func<Interaction?> probe)
    {
        // 30 s: on a loaded 2-core CI machine a SIPp caller's INVITE has taken more than 10 s to be queued.
        for (var i = 0; i < 1200; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The interaction did not reach the expected state within 30 s.");
    }
}
