using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Voice;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// Calls placed through a trunk in the real host (demo mode, HTTPS on loopback, encryption at rest), recorded from the
/// carrier's answer like inbound calls from theirs: the host's <see cref="IVoiceCalls"/> (the kernel's forwarder to the
/// voice plugin) originates them to SIPp as the carrier, the called party answers with a 500 Hz tone (the test's RTP
/// socket, which starts once the platform sends audio) and the greeting is played to them through the contract. The
/// stored recordings are read back through the recordings API and decrypted: outbound, the dialled number normalised
/// as the customer's, the called party's tone on the left and what they heard (the greeting, later the agent) on the
/// right. Cases: a line without a queue (self-service) hung up through the contract, stored without an agent; a call
/// queued whose called party hangs up before any agent, paused once while queued, stored without an agent with the
/// pause silent; a call queued, then bridged to agent1 (whose phone echoes) and paused once while bridged, stored as ONE
/// recording with the greeting from the queue and the agent. A supervisor whispering on
/// such a call: supervisor1's phone (SIPp) is joined through <c>PUT /calls/{id}/monitors/supervisor1</c> in whisper mode
/// while every party's RTP is the test's own tone (called party 500 Hz, agent 1100 Hz, supervisor 1700 Hz): the agent
/// hears the supervisor, the called party does not, and the recording has the called party on the left and the agent
/// on the right, with no trace of the supervisor on either channel. (A line set not to be recorded: <see cref="VoiceRecordSettingHostTests"/>.)
/// </summary>
public sealed class VoiceOutboundRecordingHostTests : IAsyncLifetime
{
    private const string Number = "+34600111222";
    private const int CustomerHz = 500;
    private const int AgentHz = 1100;
    private const int SupervisorHz = 1700;
    private const int Whispering = 1;
    private const int Block = 800;
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _carrierPort = SippRunner.FreePort("UDP");
    private RunningHost _host = null!;

    private IPEndPoint Sip => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _host.App.Services.GetRequiredService<IVoiceCalls>();

    /// <summary>The greeting played to the called party; no block of it is taken for the 500 Hz tone (checked by each test).</summary>
    private static short[] Greeting => PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Get("es", "greeting");

    // autos is queued on autos-general (demo); salud's queue is taken away (an empty value), so its calls stay in self-service.
    public async Task InitializeAsync() => _host = await VoiceDemoHostFixture.StartWithCarrierAsync(_sipPort, _carrierPort,
        $"--{RunningHost.VoiceSettings}:outboundLines:salud:trunk=carrier",
        $"--{RunningHost.VoiceSettings}:outboundLines:salud:callerIdNumber=+34910000002",
        $"--{RunningHost.VoiceSettings}:lines:salud=");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Originated_SelfServicePromptPlayedThenHungUp_RecordedWithoutAgentPromptRightCustomerLeft()
    {
        using var admin = _host.CreateAdminClient();
        using var customer = new RtpTonePeer(CustomerHz);
        using var carrier = Carrier(customer, "trunk_uas_answer_platform_bye.xml");

        var id = await PlaceAndGreetAsync(admin, "salud", "SelfService");
        await WaitUntilAsync(() => customer.PacketsIn(0) >= 50);
        Assert.True((await Voice.HangupAsync(id)).Succeeded);
        VoiceDemoHostFixture.AssertPassed(await carrier.WaitAsync(), "carrier");

        var (recording, wav) = await CompleteRecordingAsync(admin);
        var (left, right) = StereoWav.Split(wav);
        var (offset, score) = GreetingOn(right);

        Assert.Equal((id, "outbound", Number, Number, "+34910000002"), (Text(recording, "interactionId"), Text(recording, "direction"), Text(recording, "callerNumber"), Text(recording, "to"), Text(recording, "from")));
        Assert.Equal((null, null, 0), (Text(recording, "agentId"), Text(recording, "queueId"), recording.GetProperty("pauses").GetInt32()));
        Assert.True(score > 0.8, $"the greeting's first quarter second matches the right channel at best {score:F2} (offset {offset})");
        Assert.Equal(0, ToneBlocks(Greeting));
        Assert.True(ToneBlocks(left) >= 5, $"the called party's tone in {ToneBlocks(left)} blocks of the left channel");
        Assert.Equal(0, ToneBlocks(right));
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Closed", absolute: true);
    }

    [Fact]
    public async Task Originated_QueuedPausedCalledPartyHangsUpBeforeAnyAgent_RecordedWithoutAgentPauseSilent()
    {
        using var admin = _host.CreateAdminClient();
        using var customer = new RtpTonePeer(CustomerHz);
        using var carrier = Carrier(customer, "trunk_uas_answer_bye.xml", "-d", "9000");

        var id = await PlaceAndGreetAsync(admin, "autos", "Queued");

        // Queued, no agent yet: a card-payment moment is kept out of the recording already.
        await PauseForASecondAsync(admin, id);
        VoiceDemoHostFixture.AssertPassed(await carrier.WaitAsync(), "carrier");

        var (recording, wav) = await CompleteRecordingAsync(admin);
        var (left, right) = StereoWav.Split(wav);
        var (offset, score) = GreetingOn(right);

        Assert.Equal((id, "outbound", Number, "autos-general"), (Text(recording, "interactionId"), Text(recording, "direction"), Text(recording, "callerNumber"), Text(recording, "queueId")));
        Assert.Equal((null, 1), (Text(recording, "agentId"), recording.GetProperty("pauses").GetInt32()));
        Assert.True(score > 0.8, $"the greeting's first quarter second matches the right channel at best {score:F2} (offset {offset})");
        AssertToneWithPause(left);
        var ended = await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Abandoned", absolute: true);
        Assert.False(ended.TryGetProperty("agentId", out var agent) && agent.ValueKind != JsonValueKind.Null, $"no agent had the call: {ended}");
    }

    [Fact]
    public async Task Originated_QueuedThenBridgedPausedOnce_OneRecordingWithQueueTimeAndTalkAndAgent()
    {
        using var admin = _host.CreateAdminClient();
        using var customer = new RtpTonePeer(CustomerHz);
        using var carrier = Carrier(customer, "trunk_uas_answer_bye.xml", "-d", "14000");

        var id = await PlaceAndGreetAsync(admin, "autos", "Queued");

        // Only now is an agent available: routing offers the waiting call to agent1, whose phone answers and echoes.
        using var phone = await VoiceDemoHostFixture.Agent1AnswersAsync(_host, Sip);
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Connected", absolute: true);

        // Talking for a second; then a card-payment moment is kept out of the recording.
        var before = customer.PacketsIn(0);
        await WaitUntilAsync(() => customer.PacketsIn(0) >= before + 50);
        await PauseForASecondAsync(admin, id);

        VoiceDemoHostFixture.AssertPassed(await carrier.WaitAsync(), "carrier");
        VoiceDemoHostFixture.AssertPassed(await phone.WaitAsync(), "agent phone");
        var (recording, wav) = await CompleteRecordingAsync(admin);
        var (left, right) = StereoWav.Split(wav);
        var (offset, score) = GreetingOn(right);

        Assert.Equal((id, "outbound", Number, Number, "+34910000001"), (Text(recording, "interactionId"), Text(recording, "direction"), Text(recording, "callerNumber"), Text(recording, "to"), Text(recording, "from")));
        Assert.Equal(("agent1", "autos-general", 1), (Text(recording, "agentId"), Text(recording, "queueId"), recording.GetProperty("pauses").GetInt32()));
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(2, BitConverter.ToInt16(wav, 22));
        Assert.Equal(recording.GetProperty("length").GetInt64(), wav.LongLength);

        // The queue time is in it (the greeting heard while waiting on the right, before any agent), and so is the talk
        // (the agent's phone echoing the called party: their tone on the right, after the greeting).
        Assert.True(score > 0.8, $"the greeting's first quarter second matches the right channel at best {score:F2} (offset {offset})");
        var agentTone = Enumerable.Range(0, right.Length / Block).Where(b => ToneWav.BlocksWithTone(right[(b * Block)..((b + 1) * Block)], CustomerHz, 0.5, 200) == 1).ToArray();
        Assert.Equal(0, ToneBlocks(Greeting));
        Assert.True(agentTone.Length >= 10, $"the agent's side (echo) carries the tone in {agentTone.Length} blocks");
        Assert.True(agentTone[0] * Block > offset + 2000, $"the agent is heard from block {agentTone[0]}, the greeting starts at sample {offset}");
        AssertToneWithPause(left);
    }

    /// <summary>
    /// The SIPp carrier of <paramref name="scenario"/> answering with <paramref name="customer"/>'s socket as the called
    /// party's RTP address.
    /// </summary>
    private SippProcess Carrier(RtpTonePeer customer, string scenario, params string[] extra) =>
        SippRunner.Start(scenario, "UDP", Sip, 1, _carrierPort, [.. extra, .. customer.AudioPortKey, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);

    /// <summary>
    /// Places a call to <see cref="Number"/> (written as a person would) from <paramref name="line"/>, waits until its
    /// interaction is <paramref name="state"/> (answered) and plays it the greeting through the contract. Returns the interaction id.
    /// </summary>
    private async Task<string> PlaceAndGreetAsync(HttpClient admin, string line, string state)
    {
        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = "+34 600 111 222", ServiceLine = line });
        Assert.True(placed.Succeeded, placed.Reason);
        var id = placed.Value!;
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == state, absolute: true);
        var played = await Voice.PlayAsync(id, VoicePrompt.Named("greeting", "es"));
        Assert.True(played.Succeeded, played.Reason);
        return id;
    }

    /// <summary>Pauses the call's recording through the API (a second pause is refused), and resumes it a second later.</summary>
    private static async Task PauseForASecondAsync(HttpClient admin, string id)
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(admin, $"calls/{id}/recording/pause"));
        Assert.Equal(HttpStatusCode.Conflict, await PostAsync(admin, $"calls/{id}/recording/pause"));
        await Task.Delay(1000);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(admin, $"calls/{id}/recording/resume"));
    }

    /// <summary>
    /// The one recording of <see cref="Number"/>, complete (none other in any state), and its decrypted audio: a
    /// stereo WAV as long as the metadata says.
    /// </summary>
    private static async Task<(JsonElement Recording, byte[] Wav)> CompleteRecordingAsync(HttpClient admin)
    {
        var found = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?phone={Uri.EscapeDataString(Number)}&state=complete", page => page.GetProperty("items").GetArrayLength() >= 1);
        foreach (var state in new[] { "recording", "incomplete" })
        {
            var other = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?phone={Uri.EscapeDataString(Number)}&state={state}", _ => true);
            Assert.Equal(0, other.GetProperty("items").GetArrayLength());
        }

        var recording = Assert.Single(found.GetProperty("items").EnumerateArray());
        using var audio = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var wav = await audio.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal(("complete", 2, recording.GetProperty("length").GetInt64()), (Text(recording, "state"), BitConverter.ToInt16(wav, 22), wav.LongLength));
        return (recording, wav);
    }

    /// <summary>
    /// Where the greeting's first quarter second best matches <paramref name="right"/> within 3 s of the answer, and
    /// how well (normalised correlation; unrelated audio scores near 0). A quarter second, because on a busy machine a
    /// late playback frame may shift what follows it.
    /// </summary>
    private static (int Offset, double Score) GreetingOn(short[] right) => StereoWav.BestMatch(right, Greeting[..2000], maxOffset: 24_000);

    private static int ToneBlocks(short[] channel) => ToneWav.BlocksWithTone(channel, CustomerHz, 0.5, 200);

    /// <summary>The called party's tone on <paramref name="left"/>, with one silent stretch of about a second (the pause) between tone blocks.</summary>
    private static void AssertToneWithPause(short[] left)
    {
        var tone = Enumerable.Range(0, left.Length / Block).Select(b => ToneWav.BlocksWithTone(left[(b * Block)..((b + 1) * Block)], CustomerHz, 0.5, 200) == 1).ToArray();
        Assert.True(tone.Count(t => t) >= 20, $"the called party's tone in {tone.Count(t => t)} blocks of {tone.Length}");
        var first = Array.IndexOf(tone, true);
        var last = Array.LastIndexOf(tone, true);
        var silentRun = LongestRun(Enumerable.Range(first, last - first).Select(b => StereoWav.Rms(left, b * Block, Block) < 50));
        Assert.InRange(silentRun, 5, 15);
    }

    [Fact]
    public async Task Originated_SupervisorWhispers_AgentHearsCalledPartyDoesNot_RecordingHasNoSupervisor()
    {
        using var admin = _host.CreateAdminClient();
        var voice = _host.App.Services.GetRequiredService<IVoiceCalls>();
        using var customer = new RtpTonePeer(CustomerHz);
        using var agent = new RtpTonePeer(AgentHz);
        using var supervisor = new RtpTonePeer(SupervisorHz);
        using var agentPhone = await VoiceDemoHostFixture.AgentAnswersWithAsync(_host, Sip, "agent1", "agent1", VoiceDemoHostFixture.Password, "conf_phone_answer.xml", agent.AudioPortKey);
        using var supervisorPhone = await VoiceDemoHostFixture.RegisteredPhoneAsync(Sip, "supervisor1", VoiceDemoHostFixture.Password, "conf_phone_answer.xml", supervisor.AudioPortKey);
        using var carrier = SippRunner.Start("out_carrier_answer.xml", "UDP", Sip, 1, _carrierPort,
            [.. customer.AudioPortKey, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);

        var placed = await voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        var id = placed.Value!;
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Connected", absolute: true);

        using (var monitor = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api($"calls/{id}/monitors/supervisor1"), new { mode = "whisper" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, monitor.StatusCode);
        }

        await WaitUntilAsync(async () => (await voice.GetCallAsync(id)).Value?.Participants.Count == 3);
        (customer.Phase, agent.Phase, supervisor.Phase) = (Whispering, Whispering, Whispering);
        await WaitUntilAsync(() => customer.PacketsIn(Whispering) >= 75 && agent.PacketsIn(Whispering) >= 75 && supervisor.PacketsIn(Whispering) >= 75);
        (customer.Phase, agent.Phase, supervisor.Phase) = (0, 0, 0);
        using (var stop = await admin.DeleteAsync(VoiceDemoHostFixture.Api($"calls/{id}/monitors/supervisor1")))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }

        VoiceDemoHostFixture.AssertPassed(await supervisorPhone.WaitAsync(), "supervisor phone");
        Assert.True((await voice.HangupAsync(id)).Succeeded);
        VoiceDemoHostFixture.AssertPassed(await carrier.WaitAsync(), "carrier");
        VoiceDemoHostFixture.AssertPassed(await agentPhone.WaitAsync(), "agent phone");
        var found = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?phone={Uri.EscapeDataString(Number)}", page => page.GetProperty("items").GetArrayLength() == 1);
        var recording = found.GetProperty("items")[0];
        using var audio = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var (left, right) = StereoWav.Split(await audio.Content.ReadAsByteArrayAsync());

        supervisor.AssertHears(Whispering, [CustomerHz, AgentHz], []);
        agent.AssertHears(Whispering, [CustomerHz, SupervisorHz], []);
        customer.AssertHears(Whispering, [AgentHz], [SupervisorHz]);
        Assert.Equal((id, "outbound"), (recording.GetProperty("interactionId").GetString(), recording.GetProperty("direction").GetString()));

        // The recording starts at the answer; the whisper (at least 75 packets each side) is inside it, after the bridge.
        // The two tones are counted from the bridge on (the first block with the agent's tone): on a busy machine it
        // comes several blocks after the answer (seen in CI: 7 blocks, the rest of the recording full of both tones).
        var blocks = left.Length / Block;
        var bridged = Enumerable.Range(0, blocks).FirstOrDefault(b => ToneWav.BlocksWithTone(right[(b * Block)..((b + 1) * Block)], AgentHz, 0.5, 200) == 1);
        var (customerLeft, agentRight) = (ToneWav.BlocksWithTone(left[(bridged * Block)..], CustomerHz, 0.5, 200), ToneWav.BlocksWithTone(right[(bridged * Block)..], AgentHz, 0.5, 200));
        Assert.True(blocks - bridged >= 15, $"a recording of {blocks} blocks of 100 ms, bridged from block {bridged}: the whisper alone is 1.5 s");
        Assert.True(customerLeft >= (blocks - bridged) * 3 / 4 && agentRight >= (blocks - bridged) * 3 / 4,
            $"of {blocks - bridged} blocks from the bridge (block {bridged}) on: the called party's tone in {customerLeft} on the left, the agent's in {agentRight} on the right");
        Assert.Equal((0, 0), (ToneWav.BlocksWithTone(left, SupervisorHz, 0.05, 200), ToneWav.BlocksWithTone(right, SupervisorHz, 0.05, 200)));
    }

    private static string? Text(JsonElement recording, string name) =>
        recording.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string path)
    {
        using var response = await client.PostAsync(VoiceDemoHostFixture.Api(path), null);
        return response.StatusCode;
    }

    private static int LongestRun(IEnumerable<bool> blocks)
    {
        int longest = 0, current = 0;
        foreach (var silent in blocks)
        {
            current = silent ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "The called party's RTP did not arrive within 15 s.");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 600 && !await condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(await condition(), "The expected state was not reached within 15 s.");
    }
}
