using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Voice;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// A queue set not to be recorded (<c>recordQueues</c>, e.g. card payments) is not, whatever the global setting: on
/// the real host (demo mode) with <c>recordQueues:autos-general=false</c>, a call on autos greeted, queued and bridged
/// to agent1 leaves no recording in any state (a recorded call stores its first chunks while it is still going). Nor is
/// a call placed through a trunk from a line set not to be recorded (<c>recordLines:autos=false</c>): answered by SIPp
/// as the carrier, queued, played the greeting through the contract, its pause refused (nothing to pause), hung up by
/// the called party before any agent.
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
        await AssertNoRecordingAsync(admin);
    }

    [Fact]
    public async Task OutboundLineNotRecorded_AnsweredQueuedPlayedHungUp_LeavesNoRecording()
    {
        var sipPort = SippRunner.FreePort("UDP");
        var carrierPort = SippRunner.FreePort("UDP");
        await using var host = await VoiceDemoHostFixture.StartAsync(sipPort,
            $"--{RunningHost.VoiceSettings}:trunks:carrier:outboundProxy=127.0.0.1:{carrierPort.ToString(CultureInfo.InvariantCulture)}",
            $"--{RunningHost.VoiceSettings}:outboundLines:autos:trunk=carrier",
            $"--{RunningHost.VoiceSettings}:recordLines:autos=false");
        using var admin = host.CreateAdminClient();
        using var customer = new RtpTonePeer(500);
        using var carrier = SippRunner.Start("trunk_uas_answer_bye.xml", "UDP", new IPEndPoint(IPAddress.Loopback, sipPort), 1, carrierPort,
            ["-d", "6000", .. customer.AudioPortKey, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);
        var voice = host.App.Services.GetRequiredService<IVoiceCalls>();

        var placed = await voice.OriginateAsync(new OriginateRequest { Destination = "+34600111222", ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        var id = placed.Value!;
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Queued", absolute: true);
        var played = await voice.PlayAsync(id, VoicePrompt.Named("greeting", "es"));
        using var pause = await admin.PostAsync(VoiceDemoHostFixture.Api($"calls/{id}/recording/pause"), null);
        VoiceDemoHostFixture.AssertPassed(await carrier.WaitAsync(), "carrier");
        await VoiceDemoHostFixture.WaitForAsync(admin, $"/api/v1/interactions/{id}", i => i.GetProperty("state").GetString() == "Abandoned", absolute: true);

        // Answered for 6 s, the greeting played and the interaction over: a recorded call would have stored its first
        // chunk (state recording) about 2 s after the answer, and its end (state complete) when it was abandoned.
        Assert.True(played.Succeeded, played.Reason);
        Assert.Equal(HttpStatusCode.NotFound, pause.StatusCode);
        Assert.True(customer.PacketsIn(0) >= 50, $"the called party heard {customer.PacketsIn(0)} packets of the greeting");
        await AssertNoRecordingAsync(admin);
    }

    private static async Task AssertNoRecordingAsync(HttpClient admin)
    {
        foreach (var state in new[] { "complete", "recording", "incomplete" })
        {
            var page = await VoiceDemoHostFixture.WaitForAsync(admin, $"recordings?state={state}", _ => true);
            Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        }
    }
}
