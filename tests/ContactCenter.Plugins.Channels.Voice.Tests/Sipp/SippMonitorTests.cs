using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sipp;

/// <summary>
/// Supervisor modes with real peers: a silent caller (SIPp) bridged to a silent agent phone (SIPp); a supervisor's
/// phone (SIPp playing recorded speech) is dialled and joined. Whisper must reach the agent's leg only; barge both.
/// </summary>
public sealed class SippMonitorTests
{
    private const string Secret = "phone-secret";

    [Theory]
    [InlineData("Whisper", false)]
    [InlineData("Barge", true)]
    public async Task Supervisor_SpeechReachesAgent_CustomerOnlyWhenBarging(string mode, bool customerHears)
    {
        var application = new TestBridgeApplication("agent1");
        var credentials = new InMemorySipCredentialStore();
        await credentials.RotateAsync("127.0.0.1", "agent1", Secret, CancellationToken.None);
        await credentials.RotateAsync("127.0.0.1", "super1", Secret, CancellationToken.None);
        await using var server = RunningCallServer.Start(application, credentials: credentials);
        application.Calls = server.Calls;
        using var agentPhone = await StartPhoneAsync(server, "agent1", "phone_answer.xml");
        using var supervisorPhone = await StartPhoneAsync(server, "super1", "phone_talk.xml");
        var caller = SippRunner.RunAsync("call_server_bye.xml", "UDP", server.Udp, 1, "-s", "autos");
        var bridge = await application.Bridged.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var leg = server.Calls.Dial(new SipDialRequest(server.Calls.Locate("super1")[^1], "sip:super1@127.0.0.1", "monitor"));
        Assert.Equal(SipDialOutcome.Answered, await bridge.JoinLegAsync(leg, "super1", MixerRole.Supervisor, Enum.Parse<MonitorMode>(mode)).WaitAsync(TimeSpan.FromSeconds(10)));
        var agent = bridge.Mixer.Find("agent")!;
        var customer = bridge.Mixer.Find("customer")!;
        for (var i = 0; i < 400 && agent.AudibleFramesOut < 50; i++)
        {
            await Task.Delay(25);
        }

        await bridge.Customer.HangupAsync();
        AssertPassed(await caller, "caller");
        AssertPassed(await agentPhone.WaitAsync(), "agent phone");
        AssertPassed(await supervisorPhone.WaitAsync(), "supervisor phone");
        Assert.True(agent.AudibleFramesOut >= 50, $"the agent's leg got {agent.AudibleFramesOut} audible frames of the supervisor's speech");
        if (customerHears)
        {
            Assert.True(customer.AudibleFramesOut >= 25, $"barge: the customer's leg got {customer.AudibleFramesOut} audible frames");
        }
        else
        {
            Assert.Equal(0, customer.AudibleFramesOut);
        }
    }

    private static async Task<SippProcess> StartPhoneAsync(RunningCallServer server, string user, string scenario)
    {
        var phonePort = SippRunner.FreePort("UDP");
        var registered = await SippRunner.RunAsync("phone_register.xml", "UDP", server.Udp, 1,
            "-s", user, "-au", user, "-ap", Secret, "-key", "phone_port", phonePort.ToString(CultureInfo.InvariantCulture));
        AssertPassed(registered, user + " registration");
        return SippRunner.Start(scenario, "UDP", server.Udp, 1, phonePort, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
    }

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
}
