using System.Globalization;
using System.Net;
using System.Text.Json;
using ContactCenter.Host.Tests.Durability;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// The voice plugin on the production store: the real host (demo mode) on a fresh PostgreSQL database with encryption
/// at rest. Its SIP phone accounts are seeded there (agent1 registers with the demo password) and a call greeted,
/// queued and bridged to agent1 is recorded as the call goes, then listed as complete and played back decrypted.
/// </summary>
public sealed class VoicePostgresHostTests
{
    [Fact]
    public async Task Postgres_CallBridgedToAgent1_RecordedCompleteAndPlayable()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var sipPort = SippRunner.FreePort("UDP");
        await using var host = await VoiceDemoHostFixture.StartAsync(null, VoiceDemoHostFixture.Password, sipPort,
            "--CC:Storage:Provider=Postgres", $"--CC:Storage:Postgres:ConnectionString={database.ConnectionString}", "--CC:Encryption:Provider=File");
        var sip = new IPEndPoint(IPAddress.Loopback, sipPort);
        using var admin = host.CreateAdminClient();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var phone = await VoiceDemoHostFixture.Agent1AnswersAsync(host, sip);
        var caller = await SippRunner.RunAsync("call_ivr_pcap.xml", "UDP", sip, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        VoiceDemoHostFixture.AssertPassed(caller, "caller");
        VoiceDemoHostFixture.AssertPassed(await phone.WaitAsync(), "phone");

        var found = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?phone={VoiceDemoHostFixture.CallerNumber}", page => page.GetProperty("items").GetArrayLength() == 1);
        var recording = found.GetProperty("items")[0];
        Assert.Equal(("agent1", "complete"), (recording.GetProperty("agentId").GetString(), recording.GetProperty("state").GetString()));
        var byLine = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?line=autos&from={Uri.EscapeDataString(before.ToString("O", CultureInfo.InvariantCulture))}&limit=200", _ => true);
        Assert.Equal(recording.GetProperty("id").GetString(), Assert.Single(byLine.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        using var audio = await admin.GetAsync(VoiceDemoHostFixture.Api($"recordings/{recording.GetProperty("id").GetString()}/audio"));
        var wav = await audio.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal(recording.GetProperty("length").GetInt64(), wav.Length);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(wav.Length - 8, BitConverter.ToInt32(wav, 4));
        Assert.True(recording.GetProperty("durationMs").GetInt64() > 2000, JsonSerializer.Serialize(recording));
    }
}
