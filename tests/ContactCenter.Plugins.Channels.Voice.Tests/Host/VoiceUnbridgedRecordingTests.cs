using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// A caller who hangs up in the queue, before any agent, on the real host (demo mode, encryption at rest): the
/// recording from the answer to the hang-up is stored like any other, without an agent, with the queue and line,
/// state complete, and decrypts to the caller on the left and the greeting they heard on the right. Paused through the
/// API before any agent (found while it runs with <c>state=recording</c>), nothing the caller says is kept.
/// </summary>
public sealed class VoiceUnbridgedRecordingTests(VoiceDemoHostFixture fixture) : IClassFixture<VoiceDemoHostFixture>
{
    [Fact]
    public async Task CallerHangsUpInTheQueue_RecordingStoredWithoutAgent_CallerLeftGreetingRight()
    {
        using var admin = fixture.Host.CreateAdminClient();

        var caller = await SippRunner.RunAsync("call_ivr_queue_hangup.xml", "UDP", fixture.Sip, 1, "-s", "autos", "-key", "caller", "5550199", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        Assert.True(caller.ExitCode == 0, $"SIPp (caller) exit {caller.ExitCode}: {caller.Errors}");
        var recording = await WaitForRecordingAsync(admin, "5550199", "complete");
        using var response = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var wav = await response.Content.ReadAsByteArrayAsync();
        var (left, right) = StereoWav.Split(wav);
        var greeting = PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Get("es", "greeting");
        var (offset, score) = StereoWav.BestMatch(right, greeting[..4000], maxOffset: 4000);

        Assert.False(recording.TryGetProperty("agentId", out var agent) && agent.ValueKind != JsonValueKind.Null, $"no agent was bridged: {recording}");
        Assert.Equal("autos-general", recording.GetProperty("queueId").GetString());
        Assert.Equal("autos", recording.GetProperty("to").GetString());
        Assert.Equal("complete", recording.GetProperty("state").GetString());
        Assert.InRange(recording.GetProperty("durationMs").GetInt64(), 5000, 30_000);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(recording.GetProperty("length").GetInt64(), wav.LongLength);
        Assert.Equal(wav.Length - 44, BitConverter.ToInt32(wav, 40));
        Assert.True(score > 0.9, $"the greeting's first half second matches the right channel at best {score:F2} (offset {offset})");
        Assert.True(StereoWav.Rms(left, 0, left.Length) > 100, $"the caller's voice (SIPp's pcap) must be on the left channel: RMS {StereoWav.Rms(left, 0, left.Length):F0}");
    }

    [Fact]
    public async Task PausedBeforeAnyAgent_CallersVoiceNotKept_PauseCounted()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var caller = SippRunner.Start("call_ivr_queue_hangup.xml", "UDP", fixture.Sip, 1, SippRunner.FreePort("UDP"), "-s", "autos", "-key", "caller", "5550198", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));

        // The first chunk (about 2 s after the answer) lists the call as being recorded; the caller talks from 6 s on.
        var inProgress = await WaitForRecordingAsync(admin, "5550198", "recording");
        var interactionId = inProgress.GetProperty("interactionId").GetString();
        using var pause = await admin.PostAsync(VoiceDemoHostFixture.Api($"calls/{interactionId}/recording/pause"), null);
        using var again = await admin.PostAsync(VoiceDemoHostFixture.Api($"calls/{interactionId}/recording/pause"), null);
        var result = await caller.WaitAsync();
        var recording = await WaitForRecordingAsync(admin, "5550198", "complete");
        using var response = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var (left, _) = StereoWav.Split(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(result.ExitCode == 0, $"SIPp (caller) exit {result.ExitCode}: {result.Errors}");
        Assert.Equal(inProgress.GetProperty("id").GetString(), recording.GetProperty("id").GetString());
        Assert.Equal(1, recording.GetProperty("pauses").GetInt32());
        Assert.True(StereoWav.Rms(left, 0, left.Length) < 50, $"the caller talked while paused and was kept: RMS {StereoWav.Rms(left, 0, left.Length):F0}");
    }

    private static async Task<JsonElement> WaitForRecordingAsync(HttpClient admin, string phone, string state)
    {
        var last = string.Empty;
        for (var i = 0; i < 300; i++)
        {
            using var response = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings?phone={phone}&state={state}"));
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && JsonDocument.Parse(last).RootElement.GetProperty("items") is { } items && items.GetArrayLength() == 1)
            {
                return items[0].Clone();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No {state} recording of {phone} was listed in 15 s; last answer: {last}");
    }
}
