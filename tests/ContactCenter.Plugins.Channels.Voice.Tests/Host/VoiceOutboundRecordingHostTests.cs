using System.Globalization;
using System.Net;
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
/// silent where it was paused.
/// </summary>
public sealed class VoiceOutboundRecordingHostTests : IAsyncLifetime
{
    private const string Number = "+34600111222";
    private const int CustomerHz = 500;
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
}
