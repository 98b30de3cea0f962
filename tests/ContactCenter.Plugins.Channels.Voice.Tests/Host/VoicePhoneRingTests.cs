using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// The phone that rings for an agent is the stored account, not the <c>phones</c> setting: on the real host (demo
/// mode), an administrator gives agent1 a new desk phone through the phones API and removes agent1's configured one;
/// a call routed to agent1 then rings the desk phone, which answers and is bridged and recorded for agent1.
/// </summary>
public sealed class VoicePhoneRingTests
{
    [Fact]
    public async Task AccountAssignedThroughTheApi_RingsForItsAgentsOffers()
    {
        const string Desk = "desk-9";
        const string Secret = "Desk-Phone-9-Secret!";
        var sipPort = SippRunner.FreePort("UDP");
        await using var host = await VoiceDemoHostFixture.StartAsync(sipPort);
        var sip = new IPEndPoint(IPAddress.Loopback, sipPort);
        using var admin = host.CreateAdminClient();

        using var created = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api($"phones/{Desk}"), new { agentId = "agent1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var rotated = await admin.PostAsJsonAsync(VoiceDemoHostFixture.Api($"phones/{Desk}/secret"), new { secret = Secret });
        Assert.True(rotated.IsSuccessStatusCode, await rotated.Content.ReadAsStringAsync());
        using var removed = await admin.DeleteAsync(VoiceDemoHostFixture.Api("phones/agent1"));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        using var phone = await VoiceDemoHostFixture.AgentAnswersAsync(host, sip, "agent1", Desk, Secret);
        var caller = await SippRunner.RunAsync("call_ivr_pcap.xml", "UDP", sip, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        VoiceDemoHostFixture.AssertPassed(caller, "caller");
        VoiceDemoHostFixture.AssertPassed(await phone.WaitAsync(), "desk phone");

        var found = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?phone={VoiceDemoHostFixture.CallerNumber}", page => page.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal("agent1", found.GetProperty("items")[0].GetProperty("agentId").GetString());
    }
}
