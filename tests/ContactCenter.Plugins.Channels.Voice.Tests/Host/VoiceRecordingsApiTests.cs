using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// The recordings API on the real host over HTTPS: calls placed by SIPp in demo mode are recorded, found again by
/// phone, agent, queue, line, disposition and date, paged, and played back as a two-channel WAV; every read is in the
/// audit log with who read which recording; the ugly cases get 400/401/403/404/416 and serve nothing.
/// </summary>
public sealed class VoiceRecordingsApiTests(VoiceDemoHostFixture fixture) : IClassFixture<VoiceDemoHostFixture>
{
    [Fact]
    public async Task Search_ByPhoneAfterRealCalls_FindsBothWithMetadataAndDisposition()
    {
        await fixture.RecordedCallsAsync();
        using var admin = fixture.Host.CreateAdminClient();

        var page = await GetJsonAsync(admin, "recordings?phone=555-0100");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, r =>
        {
            Assert.Equal(VoiceDemoHostFixture.CallerNumber, r.GetProperty("callerNumber").GetString());
            Assert.Equal("agent1", r.GetProperty("agentId").GetString());
            Assert.Equal("autos-general", r.GetProperty("queueId").GetString());
            Assert.Equal("autos", r.GetProperty("to").GetString());
            Assert.Equal("inbound", r.GetProperty("direction").GetString());
            Assert.True(r.GetProperty("durationMs").GetInt64() > 0);
        });
        Assert.Equal(VoiceDemoHostFixture.Dispositions.Reverse(), items.Select(r => r.GetProperty("disposition").GetString()));
    }

    [Fact]
    public async Task Search_Filters_NarrowTheResults()
    {
        var calls = await fixture.RecordedCallsAsync();
        using var admin = fixture.Host.CreateAdminClient();
        var first = calls[0].GetProperty("startedAt").GetDateTimeOffset();

        Assert.Equal(2, await CountAsync(admin, "agent=agent1&queue=autos-general&line=autos"));
        Assert.Equal(1, await CountAsync(admin, "disposition=poliza/renovacion"));
        Assert.Equal(0, await CountAsync(admin, "agent=agent2"));
        Assert.Equal(0, await CountAsync(admin, "line=salud"));
        Assert.Equal(0, await CountAsync(admin, "phone=%2B34600111222"));
        Assert.Equal(1, await CountAsync(admin, $"from={Uri.EscapeDataString(first.AddTicks(1).ToString("O"))}"));
        Assert.Equal(1, await CountAsync(admin, $"to={Uri.EscapeDataString(first.AddTicks(1).ToString("O"))}"));
    }

    [Fact]
    public async Task Search_LimitOne_KeysetPagesWithoutRepeats()
    {
        await fixture.RecordedCallsAsync();
        using var admin = fixture.Host.CreateAdminClient();

        var first = await GetJsonAsync(admin, "recordings?phone=5550100&limit=1");
        var cursor = first.GetProperty("next").GetString();
        Assert.NotNull(cursor);
        var second = await GetJsonAsync(admin, $"recordings?phone=5550100&limit=1&cursor={Uri.EscapeDataString(cursor)}");

        Assert.False(second.TryGetProperty("next", out _), "The last page has no next cursor.");
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Audio_WholeAndRange_StereoWavAndAudited()
    {
        var recording = (await fixture.RecordedCallsAsync())[0];
        var id = recording.GetProperty("id").GetString()!;
        using var admin = fixture.Host.CreateAdminClient();

        using var whole = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{id}/audio"));
        var wav = await whole.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, VoiceDemoHostFixture.Api($"recordings/{id}/audio"));
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(40, 1063);
        using var partial = await admin.SendAsync(request);
        var slice = await partial.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("audio/wav", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(recording.GetProperty("length").GetInt64(), wav.LongLength);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
        Assert.Equal(2, BitConverter.ToInt16(wav, 22));
        Assert.Equal(8000, BitConverter.ToInt32(wav, 24));
        Assert.True(LeftChannelPeak(wav) > 100, "The caller's audio (SIPp's pcap) must be on the left channel.");
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal($"bytes 40-1063/{wav.Length}", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(wav.AsSpan(40, 1024).ToArray(), slice);
        var audit = await AuditAsync("recording.played", $"plugin/cc.channels.voice/recordings/{id}");
        Assert.True(audit.Count >= 2);
        Assert.All(audit, e => Assert.Equal("success", e.Outcome));
        Assert.Contains(audit, e => e.Detail == "bytes 40-1063");
    }

    [Fact]
    public async Task Audio_GreetingTheCallerHeard_OnThePlatformChannelFromTheAnswer()
    {
        var recording = (await fixture.RecordedCallsAsync())[0];
        using var admin = fixture.Host.CreateAdminClient();
        using var response = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var (left, right) = StereoWav.Split(await response.Content.ReadAsByteArrayAsync());
        var greeting = PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Get("es", "greeting");

        // The demo line answers and greets at once: the greeting is the recording's start, sample for sample, on the
        // right (what the caller heard from us), while the caller's own channel stays quiet. Each quarter of its first
        // half second is matched on its own: one late mixer tick on a busy machine shifts what follows it by a frame,
        // which spoils a single match over both quarters but leaves the other quarter exact.
        var quarters = new[] { 0, 2000 }.Select(start =>
        {
            var (at, match) = StereoWav.BestMatch(right, greeting[start..(start + 2000)], maxOffset: start + 4000);
            return (Offset: at - start, Score: match);
        }).ToArray();
        var (offset, score) = quarters.MaxBy(q => q.Score);
        var (leftOffset, leftScore) = StereoWav.BestMatch(left, greeting[..4000], maxOffset: 4000);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(score > 0.9, $"the greeting's first two quarter seconds match the right channel at best {quarters[0].Score:F2} (offset {quarters[0].Offset}) and {quarters[1].Score:F2} (offset {quarters[1].Offset})");
        Assert.InRange(offset, 0, 1600);
        Assert.InRange(StereoWav.Rms(right, offset, greeting.Length) / StereoWav.Rms(greeting, 0, greeting.Length), 0.8, 1.2);
        Assert.True(StereoWav.Rms(left, offset, greeting.Length) < 50, $"the caller's channel during the greeting: RMS {StereoWav.Rms(left, offset, greeting.Length):F0}");
        Assert.True(leftScore < 0.2, $"the greeting leaks into the caller's channel: {leftScore:F2} at {leftOffset}");
    }

    [Fact]
    public async Task Metadata_Read_ReturnedAndAuditedWithTheReader()
    {
        var id = (await fixture.RecordedCallsAsync())[1].GetProperty("id").GetString()!;
        using var admin = fixture.Host.CreateAdminClient();
        var before = await AuditAsync("recording.read", $"plugin/cc.channels.voice/recordings/{id}");

        var metadata = await GetJsonAsync(admin, $"recordings/{id}");

        Assert.Equal(id, metadata.GetProperty("id").GetString());
        var entry = Assert.Single(await AuditAsync("recording.read", $"plugin/cc.channels.voice/recordings/{id}"), e => before.All(b => b.Sequence != e.Sequence));
        Assert.NotEqual("anonymous", entry.Actor);
        Assert.False(entry.Actor.StartsWith("plugin:", StringComparison.Ordinal), $"The reader, not the plugin, must be the actor: {entry.Actor}");
    }

    [Theory]
    [InlineData("recordings/rec-0123456789abcdef0123456789abcdef")]
    [InlineData("recordings/rec-0123456789abcdef0123456789abcdef/audio")]
    [InlineData("recordings/..%2F..%2Fsecrets")]
    public async Task Get_UnknownRecording_404(string path)
    {
        using var admin = fixture.Host.CreateAdminClient();

        using var response = await admin.GetAsync(VoiceDemoHostFixture.Api(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("recordings?phone=agent1")]
    [InlineData("recordings?limit=0")]
    [InlineData("recordings?from=yesterday")]
    [InlineData("recordings?sort=phone")]
    [InlineData("recordings?cursor=not-a-cursor")]
    public async Task Search_BadQuery_400(string path)
    {
        using var admin = fixture.Host.CreateAdminClient();

        using var response = await admin.GetAsync(VoiceDemoHostFixture.Api(path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(" / ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_RangeBeyondTheEnd_416WithLength()
    {
        var recording = (await fixture.RecordedCallsAsync())[0];
        using var admin = fixture.Host.CreateAdminClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(recording.GetProperty("length").GetInt64(), null);

        using var response = await admin.SendAsync(request);

        Assert.Equal((HttpStatusCode)416, response.StatusCode);
        Assert.Equal($"bytes */{recording.GetProperty("length").GetInt64()}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Get_Anonymous_401()
    {
        using var anonymous = fixture.Host.CreateClient();

        using var response = await anonymous.GetAsync(VoiceDemoHostFixture.Api("recordings"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutRecordingsRead_403AndAuditedAsDenied()
    {
        var id = (await fixture.RecordedCallsAsync())[0].GetProperty("id").GetString()!;
        using var admin = fixture.Host.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/clients", UriKind.Relative), new { clientId = "wallboard", displayName = "Wallboard", scopes = new[] { "directory.read" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var anonymous = fixture.Host.CreateClient();
        using var tokenResponse = await anonymous.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "wallboard", ["client_secret"] = secret,
        }));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        using var client = fixture.Host.CreateClient(token);

        using var audio = await client.GetAsync(VoiceDemoHostFixture.Api($"recordings/{id}/audio"));
        using var search = await client.GetAsync(VoiceDemoHostFixture.Api("recordings?phone=5550100"));

        Assert.Equal(HttpStatusCode.Forbidden, audio.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, search.StatusCode);
        Assert.DoesNotContain("RIFF", await audio.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var denied = Assert.Single(await AuditAsync("recording.read", $"plugin/cc.channels.voice/recordings/{id}"), e => e.Outcome == "denied");
        Assert.Contains("wallboard", denied.Actor, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(VoiceDemoHostFixture.Api(path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<int> CountAsync(HttpClient client, string query) =>
        (await GetJsonAsync(client, "recordings?" + query)).GetProperty("items").GetArrayLength();

    private async Task<List<AuditRecord>> AuditAsync(string action, string target)
    {
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var found = new List<AuditRecord>();
        await foreach (var record in log.ReadAsync(new AuditQuery { Action = action, Target = target }))
        {
            found.Add(record);
        }

        return found;
    }

    // The left channel is the customer: SIPp plays a recorded voice, so its samples are far from silence.
    private static int LeftChannelPeak(byte[] wav)
    {
        var peak = 0;
        for (var offset = 44; offset + 4 <= wav.Length; offset += 4)
        {
            peak = Math.Max(peak, Math.Abs((int)BitConverter.ToInt16(wav, offset)));
        }

        return peak;
    }
}
