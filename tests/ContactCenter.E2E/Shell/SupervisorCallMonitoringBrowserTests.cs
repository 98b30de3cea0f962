using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.E2E.Support;
using ContactCenter.E2E.WebChat;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// Listen and whisper from the wallboard on a real call, end to end in the demo host with the bundled voice plugin: a
/// SIPp caller rings the autos line and keeps talking, agent1's SIPp phone answers the offer, and supervisor1 (signed in
/// to <c>/supervisor</c> in Chromium, with a registered SIPp phone whose media goes to the test's socket) presses
/// Listen on agent1's row. The page's desk goes through the SDK voice contract; the supervisor's phone must ring and
/// receive the call's speech; Whisper switches the same leg; Stop hangs it up; each step is audited.
/// </summary>
public sealed class SupervisorCallMonitoringBrowserTests(ITestOutputHelper log)
{
    private const string Password = "Demo-Monitor-Password-5";
    private const float Patience = AgentShellPage.Patience;
    private static readonly TimeSpan Hearing = TimeSpan.FromSeconds(30);
    private static readonly string[] Sipp = ["-timeout", "150s"];

    [Fact]
    public async Task Supervisor_ListensThenWhispersFromTheWallboard_TheirPhoneRingsHearsTheCallAndEachStepIsAudited()
    {
        var sipPort = SippRunner.FreePort("UDP");
        await using var host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo", $"--CC:Demo:Password={Password}",
            $"--{RunningHost.VoiceSettings}:udpPort={sipPort.ToString(CultureInfo.InvariantCulture)}",
            $"--{RunningHost.VoiceSettings}:digestAlgorithms:0=MD5", $"--{RunningHost.VoiceSettings}:digestAlgorithms:1=SHA-256");
        await host.WaitForPluginActiveAsync("cc.channels.voice");
        var sip = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, sipPort);
        using var admin = host.CreateAdminClient();
        using (var available = await admin.PutAsJsonAsync(new Uri("/api/v1/agents/agent1/presence", UriKind.Relative), new { statusId = "available" }))
        {
            Assert.True(available.IsSuccessStatusCode, await available.Content.ReadAsStringAsync());
        }

        await using var sink = new RtpSink();
        using var agentPhone = await PhoneAsync(sip, "agent1", "phone_answer.xml", "-rtp_echo", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        using var supervisorPhone = await PhoneAsync(sip, "supervisor1", "supervisor_phone.xml", "-key", "rtp_sink", sink.Port.ToString(CultureInfo.InvariantCulture));
        using var caller = SippRunner.Start("caller_speaks.xml", "UDP", sip, 1, SippRunner.FreePort("UDP"),
            [.. Sipp, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);
        var callId = await ConnectedCallAsync(admin, "agent1");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, InsurerPage.BrowserArguments);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true, Locale = "en-US" });
        var wall = await context.NewPageAsync();
        var problems = AgentShellBrowserTests.Watch(wall, log);
        await wall.GotoAsync($"{host.BaseAddress.GetLeftPart(UriPartial.Authority)}/supervisor", new PageGotoOptions { Timeout = Patience });
        await TestAccounts.SignInAsync(wall, "supervisor1", Password);
        var row = wall.Locator("tr[data-agent=agent1]");
        await Assertions.Expect(row.GetByTestId("agent-current")).ToContainTextAsync("Voice · Connected", new() { Timeout = Patience });
        Assert.Equal(0, sink.Packets);

        await row.GetByTestId("listen").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("notice")).ToContainTextAsync("Calling your phone to listen on the call of", new() { Timeout = Patience });
        Assert.True(await sink.HearsAsync(50, Hearing), $"listening: the supervisor's phone got {sink.Packets} RTP packets, {sink.AudiblePackets} audible");
        Assert.Equal("listen", await SupervisorModeAsync(admin, callId));

        await row.GetByTestId("whisper").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("notice")).ToContainTextAsync("Calling your phone to whisper", new() { Timeout = Patience });
        Assert.Equal("whisper", await SupervisorModeAsync(admin, callId));
        Assert.True(await sink.HearsAsync(25, Hearing), $"whispering: the supervisor still hears the call ({sink.AudiblePackets} audible packets)");

        await row.GetByTestId("stop-monitor").ClickAsync();
        await Assertions.Expect(wall.GetByTestId("notice")).ToContainTextAsync("You stopped supervising", new() { Timeout = Patience });
        AssertPassed(await supervisorPhone.WaitAsync(), "supervisor's phone (rung once, hung up by Stop)");
        Assert.Equal(
            [("supervision.listen", "success"), ("supervision.whisper", "success"), ("supervision.stop", "success")],
            await AuditAsync(admin, callId));
        Assert.Empty(problems);
    }

    private static async Task<SippProcess> PhoneAsync(System.Net.IPEndPoint sip, string user, string scenario, params string[] extra)
    {
        var port = SippRunner.FreePort("UDP");
        AssertPassed(await SippRunner.RunAsync("phone_register.xml", "UDP", sip, 1,
            "-s", user, "-au", user, "-ap", Password, "-key", "phone_port", port.ToString(CultureInfo.InvariantCulture)), user + " registration");
        return SippRunner.Start(scenario, "UDP", sip, 1, port, [.. Sipp, .. extra]);
    }

    /// <summary>The call agent1's phone answered: the interaction the agent is connected to.</summary>
    private static async Task<string> ConnectedCallAsync(HttpClient admin, string agentId)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var last = "";
        while (!patience.IsCancellationRequested)
        {
            var presence = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/agents/{agentId}/presence", UriKind.Relative));
            last = presence.ToString();
            foreach (var work in presence.GetProperty("work").EnumerateArray())
            {
                if (work.GetProperty("phase").GetString() == "Connected")
                {
                    return work.GetProperty("interactionId").GetString()!;
                }
            }

            await Task.Delay(200, CancellationToken.None);
        }

        throw new TimeoutException($"agent1's phone did not get the call within 60 s; presence: {last}");
    }

    private static async Task<string?> SupervisorModeAsync(HttpClient admin, string callId)
    {
        var participants = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/channels/cc.channels.voice/calls/{callId}/participants", UriKind.Relative));
        var items = participants.ValueKind == JsonValueKind.Array ? participants : participants.GetProperty("participants");
        return items.EnumerateArray().Where(p => p.GetProperty("id").GetString() == "supervisor:supervisor1").Select(p => p.GetProperty("mode").GetString()).SingleOrDefault();
    }

    private static async Task<List<(string Action, string Outcome)>> AuditAsync(HttpClient admin, string callId)
    {
        var lines = await admin.GetStringAsync(new Uri($"/api/v1/audit/export?target={Uri.EscapeDataString($"interaction/{callId}")}", UriKind.Relative));
        return [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("action", out var a) && a.GetString()!.StartsWith("supervision.", StringComparison.Ordinal))
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("outcome").GetString()!))];
    }

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
}
