using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Outbound calls through a trunk (<see cref="IVoiceCalls.OriginateAsync"/> through the kernel), SIPp as the carrier's
/// proxy on 127.0.0.1: the INVITE carries the line's caller id (From and P-Asserted-Identity, checked by SIPp), a 407
/// is answered once with a digest the test recomputes, the answered call is an outbound interaction queued on the
/// line's queue until it is hung up; answered, it is a call session like an inbound call: offered to an agent whose
/// phone (SIPp) rings and answers, bridged (the agent's voice reaches the called party), recorded, and the called
/// party's BYE ends the interaction and the agent's leg; on a line without a queue it stays in self-service, is played
/// to, and is closed by the called party's BYE. On the bridged outbound call the verbs work as on an inbound one: held
/// through the contract (music reaches the called party) and resumed; agent1's phone transfers blind with REFER to
/// agent2 and the carrier's leg stays up; the called party's RFC 4733 digit is collected through the contract
/// (monitoring, attended transfer and conference on outbound calls: <see cref="VoiceOriginateSupervisionTests"/>). A busy party abandons the interaction with "busy"; a party that only rings is cancelled after
/// the line's ring timeout ("no-answer"); bad requests are refused with a reason and neither create nor send anything.
/// </summary>
public sealed class VoiceOriginateTests : IAsyncLifetime
{
    private const string Number = Originations.Number;
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _carrierPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _kernel.VoiceCalls;

    public async Task InitializeAsync()
    {
        var configuration = Originations.Configuration(_sipPort, _carrierPort, new Dictionary<string, string> { ["agent1"] = "agent-1", ["agent2"] = "agent-2" });
        _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceOriginateTests).Assembly),
            Configuration = configuration,
        });
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Originate_CarrierChallengesThenAnswers_CallerIdAndDigestSentOutboundInteractionUntilHangup()
    {
        var log = Path.Combine(Path.GetTempPath(), $"sipp-trunk-{Guid.NewGuid():N}.log");
        using var carrier = Carrier("trunk_uas_auth_answer.xml", "-trace_logs", "-log_file", log, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        try
        {
            var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = "0034 600 111 222", ServiceLine = "autos" });

            Assert.True(placed.Succeeded, placed.Reason);
            var answered = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Queued));
            Assert.Equal((Direction.Outbound, ChannelKind.Voice, "autos", "q-autos"), (answered.Direction, answered.Channel, answered.ServiceLineId, answered.QueueId));
            Assert.Equal((Number, "+34910000001", "autos", "carrier"), (answered.Attributes["to"], answered.Attributes["from"], answered.Attributes["line"], answered.Attributes["trunk"]));
            var call = (await Voice.GetCallAsync(placed.Value!)).Value!;
            Assert.Equal((VoiceCallState.Answered, "+34910000001", Number), (call.State, call.Caller, call.Called));

            Assert.True((await Voice.HangupAsync(placed.Value!)).Succeeded);
            var result = await carrier.WaitAsync();
            Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
            var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
            Assert.Equal("hung-up", ended.Reason);
            AssertDigest(await File.ReadAllTextAsync(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task Originate_Answered_QueuedOfferedToAgentBridgedRecordedCarrierByeEndsInteraction()
    {
        using var phone = await VoicePhones.RegisterAndStartAsync(Server, "phone_talk.xml");
        using var audio = new RtpCounter();
        using var carrier = AnsweringCarrier(audio.Port);

        var id = await PlaceAsync("autos");
        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Queued));
        Assert.Equal(("q-autos", Direction.Outbound), (queued.QueueId, queued.Direction));
        Assert.Equal(0, audio.AudiblePackets);

        var bridged = await BridgeToAgent1Async(id);
        Assert.Equal(("agent-1", "+34910000001", Number), (bridged.AgentId, bridged.Caller, bridged.Called));
        Assert.Equal(InteractionState.Connected, _kernel.Interactions.All.Single(i => i.Id == id).State);

        // The agent speaks (the phone plays its pcap): the called party hears it through the bridge.
        await Poll.UntilAsync(() => audio.AudiblePackets >= 25);

        // The called party hangs up: the interaction ends with the agent, the agent's phone gets BYE.
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State is InteractionState.WrapUp or InteractionState.Closed));
        Assert.Equal("agent-1", ended.AgentId);
        var phoneResult = await phone.WaitAsync();
        Assert.True(phoneResult.ExitCode == 0, $"SIPp (agent phone) exit {phoneResult.ExitCode}: {phoneResult.Errors}");

        // The bridged call was recorded; the test host has no encryption at rest, so storing it is refused (logged).
        await Poll.UntilAsync(() => _kernel.Logs.Any(l => l.EventId == 7047 && l.Message.Contains(id, StringComparison.Ordinal)));
        Assert.Empty((await _kernel.Store.Collection<JsonObject>("recordings").QueryAsync(Sdk.Storage.DocumentQuery.All)).Items);
        Assert.Equal(VoiceFailure.UnknownCall, (await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Succeeded: false } gone ? gone : null)).Failure);
    }

    [Fact]
    public async Task Originate_AnsweredOnLineWithoutQueue_SelfServicePlayedToCarrierByeCloses()
    {
        using var audio = new RtpCounter();
        using var carrier = AnsweringCarrier(audio.Port);

        var id = await PlaceAsync("autos-short");
        var answered = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.SelfService));
        Assert.Null(answered.QueueId);
        Assert.Equal(VoiceCallState.Answered, (await Voice.GetCallAsync(id)).Value!.State);
        Assert.Equal(0, audio.AudiblePackets);

        // The calling plugin plays to the called party: the session's leg is the outbound call.
        var played = await Voice.PlayAsync(id, VoicePrompt.Named("greeting", "es"));
        Assert.True(played.Succeeded, played.Reason);
        Assert.True(audio.AudiblePackets >= 40, $"{audio.AudiblePackets} audible packets of {audio.Packets}");

        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Closed));
    }

    [Fact]
    public async Task Originate_Bridged_HeldThroughContractCalledPartyHearsMusic_ResumedMusicStops()
    {
        using var phone = await VoicePhones.RegisterAndStartAsync(Server, "phone_answer.xml", "-rtp_echo");
        using var audio = new RtpCounter();
        using var carrier = AnsweringCarrier(audio.Port);
        var id = await PlaceAsync("autos");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Queued));
        await BridgeToAgent1Async(id);

        await ContractHold.HoldAndResumeAsync(_kernel, id, audio);

        // The called party hangs up: the agent's phone gets BYE, the interaction ends with the agent.
        AssertPassed(await carrier.WaitAsync(), "carrier");
        AssertPassed(await phone.WaitAsync(), "agent phone");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State is InteractionState.WrapUp or InteractionState.Closed));
        Assert.Equal("agent-1", ended.AgentId);
    }

    [Fact]
    public async Task Originate_Bridged_AgentPhoneRefersToAgent2_OfferedToAgent2CarrierLegStaysUp()
    {
        using var phone = await VoicePhones.RegisterAndStartAsync(Server, "phone_refer.xml", "-key", "target", "agent2");
        using var audio = new RtpCounter();
        using var carrier = AnsweringCarrier(audio.Port);
        var id = await PlaceAsync("autos");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Queued));
        await _kernel.Interactions.OfferAsync(id, "agent-1");

        // agent1's phone answers, REFERs to agent2 and is released (202, NOTIFYs, BYE: its scenario checks them).
        var moved = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Offered && i.AgentId == "agent-2"));
        AssertPassed(await phone.WaitAsync(), "agent phone");

        Assert.Equal(Direction.Outbound, moved.Direction);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7048);
        var call = (await Voice.GetCallAsync(id)).Value!;
        Assert.NotEqual(VoiceCallState.Ended, call.State);
        Assert.Equal(Number, call.Called);

        // The carrier's leg was left alone: no BYE reached it, its own BYE at the end is answered.
        AssertPassed(await carrier.WaitAsync(), "carrier");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Abandoned));
    }

    [Fact]
    public async Task Originate_AnsweredInSelfService_CalledPartysRfc4733DigitCollectedThroughContract()
    {
        using var audio = new RtpCounter();
        using var carrier = AnsweringCarrier(audio.Port, "trunk_uas_answer_dtmf.xml", hangupAfterMs: 3000);
        var id = await PlaceAsync("autos-short");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.SelfService));

        // The called party keys 2 three seconds after answering (RFC 4733 from SIPp's pcap).
        var digits = await Voice.CollectDigitsAsync(id, new DigitCollectionRequest { MaxDigits = 4, Terminator = '#', FirstDigitTimeout = TimeSpan.FromSeconds(15), InterDigitTimeout = TimeSpan.FromSeconds(1) });

        Assert.True(digits.Succeeded, digits.Reason);
        Assert.Equal(new CollectedDigits("2", DigitCollectionEnd.InterDigitTimeout), digits.Value);
        AssertPassed(await carrier.WaitAsync(), "carrier");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Closed));
    }

    [Fact]
    public async Task Originate_CarrierBusy_InteractionAbandonedWithBusy()
    {
        using var carrier = Carrier("trunk_uas_busy.xml");

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = "600 111 222", ServiceLine = "autos" });

        Assert.True(placed.Succeeded, placed.Reason);
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
        Assert.Equal(("busy", Direction.Outbound), (ended.Reason, ended.Direction));
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
    }

    [Fact]
    public async Task Originate_CarrierOnlyRings_CancelledAfterRingTimeoutNoAnswer()
    {
        using var carrier = Carrier("trunk_uas_no_answer.xml");

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos-short" });

        Assert.True(placed.Succeeded, placed.Reason);
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier, expecting CANCEL) exit {result.ExitCode}: {result.Errors}");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
        Assert.Equal("no-answer", ended.Reason);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7233 && l.Message.Contains(placed.Value!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Originate_HungUpWhileRinging_CancelledAbandonedHungUp()
    {
        using var carrier = Carrier("trunk_uas_no_answer.xml");

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        Assert.Equal(VoiceCallState.Ringing, (await Voice.GetCallAsync(placed.Value!)).Value!.State);
        Assert.True((await Voice.HangupAsync(placed.Value!)).Succeeded);

        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier, expecting CANCEL) exit {result.ExitCode}: {result.Errors}");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
        Assert.Equal("hung-up", ended.Reason);
    }

    [Fact]
    public async Task Originate_BadRequests_RefusedWithReasonNothingCreatedNothingSent()
    {
        using var carrier = Carrier("trunk_uas_busy.xml");

        var unknownLine = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "salud" });
        var garbage = await Voice.OriginateAsync(new OriginateRequest { Destination = "call me; DROP TABLE", ServiceLine = "autos" });
        var letters = await Voice.OriginateAsync(new OriginateRequest { Destination = "sip:someone@example.com", ServiceLine = "autos" });
        var empty = await Voice.OriginateAsync(new OriginateRequest { Destination = " ", ServiceLine = "autos" });

        Assert.Equal(VoiceFailure.InvalidRequest, unknownLine.Failure);
        Assert.Contains("'salud' places no outbound calls", unknownLine.Reason, StringComparison.Ordinal);
        Assert.Contains("no realiza llamadas salientes", unknownLine.Reason, StringComparison.Ordinal);
        foreach (var refused in new[] { garbage, letters })
        {
            Assert.Equal(VoiceFailure.InvalidRequest, refused.Failure);
            Assert.Contains("not a phone number", refused.Reason, StringComparison.Ordinal);
            Assert.Contains("no es un número de teléfono", refused.Reason, StringComparison.Ordinal);
        }

        Assert.Equal(VoiceFailure.InvalidRequest, empty.Failure);
        Assert.Empty(_kernel.Interactions.All);

        // The carrier answers exactly one call and checks it is for the good number: no refused request reached it.
        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
        Assert.Equal(placed.Value, Assert.Single(_kernel.Interactions.All).Id);
    }

    private SippProcess Carrier(string scenario, params string[] extra) =>
        SippRunner.Start(scenario, "UDP", Server, 1, _carrierPort, extra);

    private SippProcess AnsweringCarrier(int audioPort, string scenario = "trunk_uas_answer_bye.xml", int hangupAfterMs = 10000) =>
        Originations.AnsweringCarrier(Server, _carrierPort, audioPort, scenario, hangupAfterMs);

    private Task<VoiceCallInfo> BridgeToAgent1Async(string id) => Originations.BridgeToAgent1Async(_kernel, id);

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}");

    private Task<string> PlaceAsync(string line) => Originations.PlaceAsync(Voice, line, Number);

    /// <summary>
    /// The Proxy-Authorization SIPp logged answers the 407 (realm carrier.test, its nonce, qop=auth, nc=00000001) for
    /// user acme and secret trunk-secret: the response is recomputed here (RFC 2617 §3.2.2 with MD5).
    /// </summary>
    private static void AssertDigest(string log)
    {
        var header = Regex.Match(log, "PROXY-AUTHORIZATION (.+)").Groups[1].Value.Trim();
        var requestUri = Regex.Match(log, "REQUEST-URI INVITE (\\S+) SIP/2\\.0").Groups[1].Value;
        string Field(string name) => Regex.Match(header, name + "=\"?([^\",]+)\"?").Groups[1].Value;

        Assert.Equal(("acme", "carrier.test", "auth", "00000001", "MD5"), (Field("username"), Field("realm"), Field("qop"), Field("nc"), Field("algorithm")));
        Assert.StartsWith("carrier", Field("nonce"), StringComparison.Ordinal);
        Assert.Equal(requestUri, Field("uri"));
        Assert.NotEmpty(Field("cnonce"));
#pragma warning disable CA5351 // RFC 3261 digest with MD5 is what the carrier asked for.
        static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
        var expected = Md5($"{Md5("acme:carrier.test:trunk-secret")}:{Field("nonce")}:00000001:{Field("cnonce")}:auth:{Md5("INVITE:" + requestUri)}");
        Assert.Equal(expected, Field("response"));
    }
}
