using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Bridging;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sipp;

/// <summary>
/// The B2BUA against real peers: one SIPp registers as agent1's phone (digest), a second SIPp is that phone (UAS,
/// echoing RTP), a third SIPp is the caller. The platform calls the phone, answers the caller and relays media.
/// </summary>
public sealed class SippBridgeTests
{
    private const string Agent = "agent1";
    private const string Secret = "phone-secret";

    [Fact]
    public async Task CallerHangsUp_PhoneRungBridgedAudioBothWaysPhoneGetsBye()
    {
        var application = new TestBridgeApplication(Agent);
        await using var server = await StartAsync(application);
        using var phone = await RegisterAndStartPhoneAsync(server, "phone_answer.xml", "-rtp_echo");

        var caller = await SippRunner.RunAsync("call_pcap.xml", "UDP", server.Udp, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var phoneResult = await phone.WaitAsync();

        AssertPassed(caller, "caller");
        AssertPassed(phoneResult, "phone");
        Assert.Equal(BridgeEnd.Customer, await application.Finished.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(SipDialOutcome.Answered, Assert.Single(application.Outcomes));

        // Caller's A-law audio reached the phone (PCMU) and came back in its echo: both directions crossed the platform.
        Assert.True(application.CustomerPackets > 50, $"caller leg received {application.CustomerPackets} RTP packets");
        Assert.True(application.AgentPackets > 50, $"phone leg received {application.AgentPackets} RTP packets");
        // Audible frames, not all of them: on a loaded 2-core CI machine late mixer ticks conceal some (14 seen).
        Assert.True(application.AudibleToAgent > 10, $"{application.AudibleToAgent} audible frames went to the phone");
        Assert.True(application.AudibleToCustomer > 10, $"{application.AudibleToCustomer} audible frames went back to the caller");
        await WaitAsync(() => server.Calls.ActiveCalls == 0 && server.Calls.ActiveOutboundCalls == 0);
    }

    [Fact]
    public async Task PhoneHangsUp_CallerGetsBye()
    {
        var application = new TestBridgeApplication(Agent);
        await using var server = await StartAsync(application);
        using var phone = await RegisterAndStartPhoneAsync(server, "phone_hangup.xml");

        var caller = await SippRunner.RunAsync("call_server_bye.xml", "UDP", server.Udp, 1, "-s", "autos");
        var phoneResult = await phone.WaitAsync();

        AssertPassed(phoneResult, "phone");
        AssertPassed(caller, "caller");
        Assert.Equal(BridgeEnd.Agent, await application.Finished.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await WaitAsync(() => server.Calls.ActiveCalls == 0 && server.Calls.ActiveOutboundCalls == 0);
    }

    [Fact]
    public async Task PhoneBusy_CallerRejectedWith486()
    {
        var application = new TestBridgeApplication(Agent);
        await using var server = await StartAsync(application);
        using var phone = await RegisterAndStartPhoneAsync(server, "phone_busy.xml");

        var caller = await SippRunner.RunAsync("call_busy.xml", "UDP", server.Udp, 1, "-s", "autos");
        var phoneResult = await phone.WaitAsync();

        AssertPassed(phoneResult, "phone");
        AssertPassed(caller, "caller");
        Assert.Equal(SipDialOutcome.Busy, Assert.Single(application.Outcomes));
    }

    private static async Task<RunningCallServer> StartAsync(TestBridgeApplication application)
    {
        var credentials = new InMemorySipCredentialStore();
        await credentials.RotateAsync("127.0.0.1", Agent, Secret, CancellationToken.None);
        var server = RunningCallServer.Start(application, credentials: credentials);
        application.Calls = server.Calls;
        return server;
    }

    /// <summary>Registers agent1 with the phone's Contact, then starts the phone SIPp listening there.</summary>
    private static async Task<SippProcess> RegisterAndStartPhoneAsync(RunningCallServer server, string scenario, params string[] extra)
    {
        var phonePort = SippRunner.FreePort("UDP");
        var registered = await SippRunner.RunAsync("phone_register.xml", "UDP", server.Udp, 1,
            "-s", Agent, "-au", Agent, "-ap", Secret, "-key", "phone_port", phonePort.ToString(CultureInfo.InvariantCulture));
        AssertPassed(registered, "registration");
        Assert.Single(server.Calls.Locate(Agent));
        return SippRunner.Start(scenario, "UDP", server.Udp, 1, phonePort, [.. extra, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);
    }

    private static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output}");

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
