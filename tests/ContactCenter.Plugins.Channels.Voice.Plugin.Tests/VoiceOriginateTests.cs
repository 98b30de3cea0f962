using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Outbound calls through a trunk (<see cref="IVoiceCalls.OriginateAsync"/> through the kernel), SIPp as the carrier's
/// proxy on 127.0.0.1: the INVITE carries the line's caller id (From and P-Asserted-Identity, checked by SIPp), a 407
/// is answered once with a digest the test recomputes, the answered call is an outbound interaction in self-service
/// until it is hung up; a busy party abandons the interaction with "busy"; a party that only rings is cancelled after
/// the line's ring timeout ("no-answer"); bad requests are refused with a reason and neither create nor send anything.
/// </summary>
public sealed class VoiceOriginateTests : IAsyncLifetime
{
    private const string Number = "+34600111222";
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _carrierPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _kernel.VoiceCalls;

    public async Task InitializeAsync()
    {
        var configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" }, new Dictionary<string, string> { ["agent1"] = "agent-1" });
        configuration["record"] = false;
        configuration["trunks"] = new JsonObject
        {
            ["carrier"] = new JsonObject
            {
                ["outboundProxy"] = $"127.0.0.1:{_carrierPort.ToString(CultureInfo.InvariantCulture)}",
                ["countryCode"] = "34",
                ["auth"] = new JsonObject { ["username"] = "acme", ["secret"] = "trunk-secret" },
            },
        };
        configuration["outboundLines"] = new JsonObject
        {
            ["autos"] = new JsonObject { ["trunk"] = "carrier", ["callerIdNumber"] = "+34 910 000 001", ["callerIdName"] = "Autos Madrid" },
            ["autos-short"] = new JsonObject { ["trunk"] = "carrier", ["callerIdNumber"] = "+34910000001", ["ringTimeoutSeconds"] = 1 },
        };
        _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceOriginateTests).Assembly),
            Configuration = configuration,
        });
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Originate_CarrierChallengesThenAnswers_CallerIdAndDigestSentOutboundInteractionUntilHangup()
    {
        var log = Path.Combine(Path.GetTempPath(), $"sipp-trunk-{Guid.NewGuid():N}.log");
        using var carrier = Carrier("trunk_uas_auth_answer.xml", "-trace_logs", "-log_file", log, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        try
        {
            var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = "0034 600 111 222", ServiceLine = "autos" });

            Assert.True(placed.Succeeded, placed.Reason);
            var answered = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.SelfService));
            Assert.Equal((Direction.Outbound, ChannelKind.Voice, "autos"), (answered.Direction, answered.Channel, answered.ServiceLineId));
            Assert.Equal((Number, "+34910000001", "autos", "carrier"), (answered.Attributes["to"], answered.Attributes["from"], answered.Attributes["line"], answered.Attributes["trunk"]));
            var call = (await Voice.GetCallAsync(placed.Value!)).Value!;
            Assert.Equal((VoiceCallState.Answered, "+34910000001", Number), (call.State, call.Caller, call.Called));

            Assert.True((await Voice.HangupAsync(placed.Value!)).Succeeded);
            var result = await carrier.WaitAsync();
            Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
            await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Closed));
            AssertDigest(await File.ReadAllTextAsync(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task Originate_CarrierBusy_InteractionAbandonedWithBusy()
    {
        using var carrier = Carrier("trunk_uas_busy.xml");

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = "600 111 222", ServiceLine = "autos" });

        Assert.True(placed.Succeeded, placed.Reason);
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
        Assert.Equal(("busy", Direction.Outbound), (ended.Reason, ended.Direction));
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
    }

    [Fact]
    public async Task Originate_CarrierOnlyRings_CancelledAfterRingTimeoutNoAnswer()
    {
        using var carrier = Carrier("trunk_uas_no_answer.xml");

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos-short" });

        Assert.True(placed.Succeeded, placed.Reason);
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier, expecting CANCEL) exit {result.ExitCode}: {result.Errors}");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
        Assert.Equal("no-answer", ended.Reason);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7233 && l.Message.Contains(placed.Value!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Originate_HungUpWhileRinging_CancelledAbandonedHungUp()
    {
        using var carrier = Carrier("trunk_uas_no_answer.xml");

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        Assert.Equal(VoiceCallState.Ringing, (await Voice.GetCallAsync(placed.Value!)).Value!.State);
        Assert.True((await Voice.HangupAsync(placed.Value!)).Succeeded);

        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier, expecting CANCEL) exit {result.ExitCode}: {result.Errors}");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Abandoned));
        Assert.Equal("hung-up", ended.Reason);
    }

    [Fact]
    public async Task Originate_BadRequests_RefusedWithReasonNothingCreatedNothingSent()
    {
        using var carrier = Carrier("trunk_uas_busy.xml");

        var unknownLine = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "salud" });
        var garbage = await Voice.OriginateAsync(new OriginateRequest { Destination = "call me; DROP TABLE", ServiceLine = "autos" });
        var letters = await Voice.OriginateAsync(new OriginateRequest { Destination = "sip:someone@example.com", ServiceLine = "autos" });
        var empty = await Voice.OriginateAsync(new OriginateRequest { Destination = " ", ServiceLine = "autos" });

        Assert.Equal(VoiceFailure.InvalidRequest, unknownLine.Failure);
        Assert.Contains("'salud' places no outbound calls", unknownLine.Reason, StringComparison.Ordinal);
        Assert.Contains("no realiza llamadas salientes", unknownLine.Reason, StringComparison.Ordinal);
        foreach (var refused in new[] { garbage, letters })
        {
            Assert.Equal(VoiceFailure.InvalidRequest, refused.Failure);
            Assert.Contains("not a phone number", refused.Reason, StringComparison.Ordinal);
            Assert.Contains("no es un número de teléfono", refused.Reason, StringComparison.Ordinal);
        }

        Assert.Equal(VoiceFailure.InvalidRequest, empty.Failure);
        Assert.Empty(_kernel.Interactions.All);

        // The carrier answers exactly one call and checks it is for the good number: no refused request reached it.
        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "autos" });
        Assert.True(placed.Succeeded, placed.Reason);
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
        Assert.Equal(placed.Value, Assert.Single(_kernel.Interactions.All).Id);
    }

    private SippProcess Carrier(string scenario, params string[] extra) =>
        SippRunner.Start(scenario, "UDP", Server, 1, _carrierPort, extra);

    /// <summary>
    /// The Proxy-Authorization SIPp logged answers the 407 (realm carrier.test, its nonce, qop=auth, nc=00000001) for
    /// user acme and secret trunk-secret: the response is recomputed here (RFC 2617 §3.2.2 with MD5).
    /// </summary>
    private static void AssertDigest(string log)
    {
        var header = Regex.Match(log, "PROXY-AUTHORIZATION (.+)").Groups[1].Value.Trim();
        var requestUri = Regex.Match(log, "REQUEST-URI INVITE (\\S+) SIP/2\\.0").Groups[1].Value;
        string Field(string name) => Regex.Match(header, name + "=\"?([^\",]+)\"?").Groups[1].Value;

        Assert.Equal(("acme", "carrier.test", "auth", "00000001", "MD5"), (Field("username"), Field("realm"), Field("qop"), Field("nc"), Field("algorithm")));
        Assert.StartsWith("carrier", Field("nonce"), StringComparison.Ordinal);
        Assert.Equal(requestUri, Field("uri"));
        Assert.NotEmpty(Field("cnonce"));
#pragma warning disable CA5351 // RFC 3261 digest with MD5 is what the carrier asked for.
        static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
        var expected = Md5($"{Md5("acme:carrier.test:trunk-secret")}:{Field("nonce")}:00000001:{Field("cnonce")}:auth:{Md5("INVITE:" + requestUri)}");
        Assert.Equal(expected, Field("response"));
    }
}
