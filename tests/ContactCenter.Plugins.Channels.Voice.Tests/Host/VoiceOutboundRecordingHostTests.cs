using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Voice;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// A call placed through a trunk in the real host (demo mode, HTTPS on loopback, encryption at rest): the host's
/// <see cref="IVoiceCalls"/> (the kernel's forwarder to the voice plugin) originates it from line autos to SIPp as the
/// carrier; the called party answers with a 500 Hz tone (the test's RTP socket), routing offers the call to agent1 whose
/// phone (SIPp) answers, the recording is paused for a second and resumed through the call API, and the called party
/// hangs up. The stored recording is read back through the recordings API: outbound, the dialled number normalised as
/// the customer's, agent1, one pause, and its audio decrypts to a stereo WAV with the tone on the customer's channel,
/// silent where it was paused. A supervisor whispering on such a call: supervisor1's phone (SIPp) is joined through
/// <c>PUT /calls/{id}/monitors/supervisor1</c> in whisper mode while every party's RTP is the test's own tone (called
/// party 500 Hz, agent 1100 Hz, supervisor 1700 Hz): the agent hears the supervisor, the called party does not, and
/// the stored recording has the called party on the left and the agent on the right, with no trace of the supervisor
/// on either channel.
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

    public async Task InitializeAsync() => _host = await VoiceDemoHostFixture.StartWithCarrierAsync(_sipPort, _carrierPort);

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Originated_AnsweredBridgedPausedOnce_RecordingReadBackOutboundWithNumberAgentAndAudio()
    {
        using var admin = _host.CreateAdminClient();
        using var phone = await VoiceDemoHostFixture.Agent1AnswersAsync(_host, Sip);
        using var customer = new RtpTonePeer(CustomerHz);
        using var carrier = SippRunner.Start("trunk_uas_answer_bye.xml", "UDP", Sip, 1, _carrierPort,
            ["-d", "8000", .. customer.AudioPortKey, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);

        var placed = await _host.App.Services.GetRequiredService<IVoiceCalls>().OriginateAsync(new OriginateRequest { Destination = "+34 600 111 222", ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        var id = placed.Value!;
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Connected", absolute: true);

        // The called party has been talking for a second; then a card-payment moment is kept out of the recording.
        await WaitUntilAsync(() => customer.PacketsIn(0) >= 50);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(admin, $"calls/{id}/recording/pause"));
        Assert.Equal(HttpStatusCode.Conflict, await PostAsync(admin, $"calls/{id}/recording/pause"));
        await Task.Delay(1000);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(admin, $"calls/{id}/recording/resume"));

        VoiceDemoHostFixture.AssertPassed(await carrier.WaitAsync(), "carrier");
        VoiceDemoHostFixture.AssertPassed(await phone.WaitAsync(), "agent phone");
        var found = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?phone={Uri.EscapeDataString(Number)}", page => page.GetProperty("items").GetArrayLength() == 1);
        var recording = found.GetProperty("items")[0];
        using var audio = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var wav = await audio.Content.ReadAsByteArrayAsync();

        Assert.Equal((id, "outbound", Number, Number, "+34910000001"), (Text(recording, "interactionId"), Text(recording, "direction"), Text(recording, "callerNumber"), Text(recording, "to"), Text(recording, "from")));
        Assert.Equal(("agent1", "autos-general", 1), (Text(recording, "agentId"), Text(recording, "queueId"), recording.GetProperty("pauses").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(2, BitConverter.ToInt16(wav, 22));
        Assert.Equal(recording.GetProperty("length").GetInt64(), wav.LongLength);

        // Left is the customer: the tone from the answer on, with a silent stretch (the pause) between tone blocks.
        var (left, _) = StereoWav.Split(wav);
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

        // The recording starts at the bridge; the whisper (at least 75 packets each side) is inside it.
        var blocks = left.Length / Block;
        var (customerLeft, agentRight) = (ToneWav.BlocksWithTone(left, CustomerHz, 0.5, 200), ToneWav.BlocksWithTone(right, AgentHz, 0.5, 200));
        Assert.True(blocks >= 10, $"a recording of {blocks} blocks of 100 ms");
        Assert.True(customerLeft >= blocks * 3 / 4 && agentRight >= blocks * 3 / 4, $"of {blocks} blocks: the called party's tone in {customerLeft} on the left, the agent's in {agentRight} on the right");
        Assert.Equal((0, 0), (ToneWav.BlocksWithTone(left, SupervisorHz, 0.05, 200), ToneWav.BlocksWithTone(right, SupervisorHz, 0.05, 200)));
    }

    private static string? Text(JsonElement recording, string name) => recording.GetProperty(name).GetString();

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
