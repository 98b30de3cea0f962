using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sipp;

/// <summary>Real-peer call tests: SIPp calls our UAS on loopback (signalling, SDP, RTP from pcap files, DTMF).</summary>
public sealed class SippCallTests
{
    [Theory]
    [InlineData("UDP")]
    [InlineData("TCP")]
    public async Task InboundCall_PcapAudioAndDtmf_AnsweredMediaReceivedByeEnds(string transport)
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);

        var result = await Run("call_pcap.xml", transport, server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        var call = Assert.Single(application.Calls);
        Assert.Equal("autos", call.Called);
        Assert.Equal("5550100", call.Caller);
        Assert.Equal(SipCallEndReason.RemoteHangup, application.Ended[call.CallId]);
        Assert.True(application.SamplesReceived > 8000, $"only {application.SamplesReceived} samples of the A-law recording arrived");
        Assert.Contains('1', application.Digits);
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Fact]
    public async Task Cancel_WhileRinging_487AndCallCancelled()
    {
        var application = new TestCallApplication { Answer = false };
        await using var server = RunningCallServer.Start(application);

        var result = await Run("call_cancel.xml", "UDP", server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        Assert.Equal(SipCallEndReason.Cancelled, Assert.Single(application.Ended.Values));
    }

    [Fact]
    public async Task ReInvite_Hold_AnsweredRecvOnlyThenBye()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);

        var result = await Run("call_reinvite_hold.xml", "UDP", server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        Assert.Equal(Voice.Media.Sdp.SdpDirection.RecvOnly, Assert.Single(application.Calls).Media.Media!.Direction);
        Assert.Equal(SipCallEndReason.RemoteHangup, Assert.Single(application.Ended.Values));
    }

    [Theory]
    [InlineData("UDP")]
    [InlineData("TCP")]
    public async Task PlatformHangsUp_ByeSentAndAnswered(string transport)
    {
        var application = new TestCallApplication { HangupAfter = TimeSpan.FromMilliseconds(200) };
        await using var server = RunningCallServer.Start(application);

        var result = await Run("call_server_bye.xml", transport, server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        Assert.Equal(SipCallEndReason.LocalHangup, Assert.Single(application.Ended.Values));
    }

    [Fact]
    public async Task NoCommonCodec_488AndNoCall()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);

        var result = await Run("call_no_common_codec.xml", "UDP", server);

        AssertPassed(result);
        Assert.Empty(application.Calls);
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Fact]
    public async Task SrtpOfferOverUdp_488WithWarning_NoCall()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);

        // The scenario itself fails unless the 488 carries the Warning naming TLS.
        var result = await Run("call_savp_udp.xml", "UDP", server);

        AssertPassed(result);
        Assert.Empty(application.Calls);
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Fact]
    public async Task SessionTimer_PlatformRefresher_200GrantsItThenReInviteRefreshesUntilTheCallerHangsUp()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application, callOptions: ShortSessionTimer);

        var result = await Run("call_session_refresh.xml", "UDP", server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        Assert.Equal(new SipSessionTimer(4, "uas"), Assert.Single(application.Calls).SessionTimer);
        Assert.Equal(SipCallEndReason.RemoteHangup, Assert.Single(application.Ended.Values));
    }

    [Fact]
    public async Task SessionTimer_CallerRefreshesOnceThenGoesSilent_PlatformEndsTheCallWithBye()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application, callOptions: ShortSessionTimer);

        var result = await Run("call_session_expiry.xml", "UDP", server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        Assert.Equal(new SipSessionTimer(4, "uac"), Assert.Single(application.Calls).SessionTimer);
        Assert.Equal(SipCallEndReason.SessionExpired, Assert.Single(application.Ended.Values));
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Fact]
    public async Task SessionTimer_CallerRefreshesByUpdateWithoutSdp_CallOutlivesTheIntervalThenUpdateAfterByeIs481()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application, callOptions: ShortSessionTimer);

        var result = await Run("call_update_refresh.xml", "UDP", server);
        await application.WaitEndedAsync(1);

        AssertPassed(result);
        Assert.Equal(new SipSessionTimer(4, "uac"), Assert.Single(application.Calls).SessionTimer);
        Assert.Equal(SipCallEndReason.RemoteHangup, Assert.Single(application.Ended.Values));
        Assert.Equal(0, server.Calls.ActiveCalls);
    }

    [Fact]
    public async Task InviteWithReplaces_UnknownEarlyOnlyConfirmedMalformed_481_486_403_400AndTheCallCarriesOn()
    {
        var application = new TestCallApplication();
        await using var server = RunningCallServer.Start(application);

        var result = await Run("call_invite_replaces.xml", "UDP", server);

        AssertPassed(result);
        // None of the replacing INVITEs reached the application: only the first call did, and the caller ended it.
        var call = Assert.Single(application.Calls);
        Assert.Equal(SipCallEndReason.RemoteHangup, await call.Ended.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Seconds instead of RFC 4028's minutes, so that refreshes and expiry happen within a test.</summary>
    private static SipCallOptions ShortSessionTimer => new() { RtpPorts = Voice.Media.Rtp.RtpPortRange.Ephemeral, SessionExpiresSeconds = 4, MinSeSeconds = 2 };

    private static Task<SippResult> Run(string scenario, string transport, RunningCallServer server) =>
        SippRunner.RunAsync(scenario, transport, server.Endpoint(transport), calls: 1,
            "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));

    private static void AssertPassed(SippResult result) =>
        Assert.True(result.ExitCode == 0, $"SIPp exit {result.ExitCode}\n{result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
}
