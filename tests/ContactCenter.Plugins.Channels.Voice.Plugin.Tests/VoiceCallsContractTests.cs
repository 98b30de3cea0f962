using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// The voice plugin's exported IVoiceCalls, driven through the kernel's forwarder (as another plugin or the host
/// reaches it) against real SIPp peers: a ringing caller is answered, hears a catalogue prompt as RTP and has its
/// RFC 4733 digit collected; a caller bridged to an agent's phone (offered by routing) is held (music reaches the caller as RTP, the
/// interaction is Held) and resumed. Refusals name the reason and change nothing.
/// </summary>
public sealed class VoiceCallsContractTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _kernel.VoiceCalls;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceCallsContractTests).Assembly),
        Configuration = WithoutRecording(VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" },
            new Dictionary<string, string> { ["agent1"] = "agent-1" })),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task RingingCall_AnsweredPlayedAndDigitCollected_ThroughTheKernel()
    {
        using var audio = new RtpCounter();
        var caller = SippRunner.RunAsync("call_ivr_menu.xml", "UDP", Server, 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture),
            "-key", "audio_port", audio.Port.ToString(CultureInfo.InvariantCulture));
        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        var id = queued.Id;

        var early = await Voice.PlayAsync(id, VoicePrompt.Named("greeting", "es"));
        Assert.Equal(VoiceFailure.WrongState, early.Failure);
        Assert.Equal(VoiceCallState.Ringing, (await Voice.GetCallAsync(id)).Value!.State);
        Assert.Equal(0, audio.Packets);

        Assert.True((await Voice.AnswerAsync(id)).Succeeded);
        var call = (await Voice.GetCallAsync(id)).Value!;
        Assert.Equal((VoiceCallState.Answered, "5550100", "autos"), (call.State, call.Caller, call.Called));

        // SIPp sends digit 2 4 s after its ACK: listening starts now, while the greeting (~2.7 s) plays.
        var digits = Voice.CollectDigitsAsync(id, new DigitCollectionRequest { MaxDigits = 4, Terminator = '#', FirstDigitTimeout = TimeSpan.FromSeconds(15), InterDigitTimeout = TimeSpan.FromSeconds(1) }).AsTask();
        var playing = Voice.PlayAsync(id, VoicePrompt.Named("greeting", "es")).AsTask();
        await Poll.UntilAsync(() => audio.Packets > 0);
        var overlapping = await Voice.PlayAsync(id, VoicePrompt.Named("hold", "es"));
        Assert.True((await playing).Succeeded);

        Assert.Equal(VoiceFailure.WrongState, overlapping.Failure);
        Assert.True(audio.Packets >= 120, $"{audio.Packets} RTP packets of greeting");
        Assert.True(audio.AudiblePackets >= 40, $"{audio.AudiblePackets} audible packets of {audio.Packets}");
        Assert.Equal(new CollectedDigits("2", DigitCollectionEnd.InterDigitTimeout), (await digits).Value);

        var sipp = await caller;
        Assert.True(sipp.ExitCode == 0, $"SIPp exit {sipp.ExitCode}\n{sipp.Errors}");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Abandoned));
        Assert.Equal(VoiceFailure.UnknownCall, (await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Succeeded: false } gone ? gone : null)).Failure);
    }

    [Fact]
    public async Task AnsweredCall_BadRequestsAndVerbsNeedingABridge_AreRefusedWithReasons()
    {
        using var audio = new RtpCounter();
        var caller = SippRunner.RunAsync("call_ivr_menu.xml", "UDP", Server, 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture),
            "-key", "audio_port", audio.Port.ToString(CultureInfo.InvariantCulture));
        var id = (await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued))).Id;
        Assert.True((await Voice.AnswerAsync(id)).Succeeded);

        var missing = await Voice.PlayAsync(id, VoicePrompt.Named("no-such-prompt", "es"));
        var notWav = await Voice.PlayAsync(id, VoicePrompt.FromWav(Encoding.ASCII.GetBytes("not a wav file at all")));
        var badDigits = await Voice.CollectDigitsAsync(id, new DigitCollectionRequest { MaxDigits = 0 });
        var hold = await Voice.HoldAsync(id);
        var monitor = await Voice.MonitorAsync(id, "sup-1", VoiceMonitorMode.Listen);
        var conference = await Voice.ConferenceAsync(id, ConferenceParty.Agent("agent-1"));
        var unknown = await Voice.HangupAsync("no-such-interaction");
        var originate = await Voice.OriginateAsync(new OriginateRequest { Destination = "+34911234567", ServiceLine = "autos" });

        Assert.Equal(VoiceFailure.InvalidRequest, missing.Failure);
        Assert.Contains("no-such-prompt", missing.Reason, StringComparison.Ordinal);
        Assert.Equal(VoiceFailure.InvalidRequest, notWav.Failure);
        Assert.Equal(VoiceFailure.InvalidRequest, badDigits.Failure);
        Assert.Equal([VoiceFailure.WrongState, VoiceFailure.WrongState, VoiceFailure.WrongState], new[] { hold.Failure, monitor.Failure, conference.Failure });
        Assert.Equal(VoiceFailure.UnknownCall, unknown.Failure);
        Assert.Equal(VoiceFailure.InvalidRequest, originate.Failure);
        Assert.Contains("'autos' places no outbound calls", originate.Reason, StringComparison.Ordinal);
        Assert.Equal(0, audio.Packets);
        Assert.Equal(InteractionState.Queued, _kernel.Interactions.All.Single(i => i.Id == id).State);

        Assert.True((await Voice.HangupAsync(id)).Succeeded);
        var sipp = await caller;
        Assert.NotEqual(0, sipp.ExitCode);
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Abandoned));
    }

    [Fact]
    public async Task BridgedCall_HeldHearsMusicAsRtp_ResumedBackToTheAgent()
    {
        using var phone = await RegisterAndStartPhoneAsync();
        using var audio = new RtpCounter();
        var caller = SippRunner.RunAsync("call_hold.xml", "UDP", Server, 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture),
            "-key", "audio_port", audio.Port.ToString(CultureInfo.InvariantCulture));
        var id = (await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued))).Id;

        // Already queued: routing offers it (here the test kernel's offer); the contract does not jump the queue.
        var jump = await Voice.BridgeToAgentAsync(id, "agent-1");
        Assert.Equal(VoiceFailure.WrongState, jump.Failure);
        Assert.Contains("Queued", jump.Reason, StringComparison.Ordinal);
        await _kernel.Interactions.OfferAsync(id, "agent-1");
        var bridged = await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.State: VoiceCallState.Bridged } b ? b.Value : null);
        Assert.Equal(["customer", "agent"], bridged.Participants.Select(p => p.Id));
        Assert.Equal("agent-1", bridged.AgentId);

        await ContractHold.HoldAndResumeAsync(_kernel, id, audio);

        var sipp = await caller;
        Assert.True(sipp.ExitCode == 0, $"SIPp exit {sipp.ExitCode}\n{sipp.Errors}");
        Assert.True((await phone.WaitAsync()).ExitCode == 0, "the agent's phone got its BYE");
    }

    private Task<SippProcess> RegisterAndStartPhoneAsync() => VoicePhones.RegisterAndStartAsync(Server, "phone_answer.xml", "-rtp_echo");

    private static JsonObject WithoutRecording(JsonObject configuration)
    {
        configuration["record"] = false;
        return configuration;
    }
}
