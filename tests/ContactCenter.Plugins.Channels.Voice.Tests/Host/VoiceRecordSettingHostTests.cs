using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// A queue set not to be recorded (<c>recordQueues</c>, e.g. card payments) is not, whatever the global setting: on
/// the real host (demo mode) with <c>recordQueues:autos-general=false</c>, a call on autos greeted, queued and bridged
/// to agent1 leaves no recording in any state (a recorded call stores its first chunks while it is still going).
/// </summary>
public sealed class VoiceRecordSettingHostTests
{
    [Fact]
    public async Task QueueNotRecorded_BridgedCallLeavesNoRecording()
    {
        var sipPort = SippRunner.FreePort("UDP");
        await using var host = await VoiceDemoHostFixture.StartAsync(sipPort, $"--{RunningHost.VoiceSettings}:recordQueues:autos-general=false");
        var sip = new IPEndPoint(IPAddress.Loopback, sipPort);
        using var admin = host.CreateAdminClient();

        using var phone = await VoiceDemoHostFixture.Agent1AnswersAsync(host, sip);
        var caller = await SippRunner.RunAsync("call_ivr_pcap.xml", "UDP", sip, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        VoiceDemoHostFixture.AssertPassed(caller, "caller");
        VoiceDemoHostFixture.AssertPassed(await phone.WaitAsync(), "phone");

        // Both SIPp runs passed: the phone was rung, answered and bridged until the caller's BYE (seconds after the
        // answer), so a recorded call would already have its metadata stored in one of these states.
        foreach (var state in new[] { "complete", "recording", "incomplete" })
        {
            var page = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?state={state}", _ => true);
            Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        }
    }
}
