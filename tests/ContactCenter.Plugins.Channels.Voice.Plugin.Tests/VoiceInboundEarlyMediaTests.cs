using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Early media we send on inbound calls (<c>earlyMediaLines</c>), SIPp as the caller and as agent1's phone: line autos
/// answers with 183 and SDP, its greeting and menu reach the caller's RTP address before any 200 (counted while the
/// call is still in <see cref="VoiceCallState.EarlyMedia"/>), an RFC 4733 digit sent during early media picks the
/// queue, and the 200 (with the 183's SDP, checked by the scenario) goes out when the agent's phone answers; a CANCEL
/// in early media gets 200 and 487, the audio stops and the interaction is abandoned; line salud, with a flow but no
/// early media, still answers at once.
/// </summary>
public sealed class VoiceInboundEarlyMediaTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync() => _kernel = await StartAsync(_sipPort, new JsonObject
    {
        ["autos"] = new JsonObject
        {
            ["greeting"] = "greeting",
            ["menu"] = new JsonObject { ["1"] = "q-claims", ["2"] = "q-policies" },
            ["menuTimeoutSeconds"] = 5,
            ["menuRetries"] = 1,
        },
        ["salud"] = new JsonObject { ["greeting"] = "greeting" },
    }, new() { ["earlyMediaLines"] = new JsonObject { ["autos"] = true, ["salud"] = false } });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task EarlyMedia_GreetingAndMenuBeforeThe200_DigitPicksTheQueue_AgentAnswers_200ThenBridged()
    {
        using var audio = new RtpCounter();
        using var phone = await VoicePhones.RegisterAndStartAsync(Server, "phone_answer.xml", "-rtp_echo");
        var caller = CallAsync(Server, "call_early_menu.xml", "autos", audio);

        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        Assert.Equal("q-policies", queued.QueueId);

        // Counted first, then the state: every packet counted arrived while no 200 had been sent.
        var beforeAnswer = audio.Packets;
        var audible = audio.AudiblePackets;
        Assert.Equal(VoiceCallState.EarlyMedia, (await _kernel.VoiceCalls.GetCallAsync(queued.Id)).Value!.State);
        Assert.True(beforeAnswer >= 120, $"{beforeAnswer} RTP packets of greeting and menu before the 200");
        Assert.True(audible >= 40, $"{audible} audible packets of {beforeAnswer}");
        Assert.Equal(0, audio.OtherPayloadTypes);

        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        AssertPassed(await caller, "caller");
        AssertPassed(await phone.WaitAsync(), "phone");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State is InteractionState.WrapUp or InteractionState.Closed));
        Assert.Equal("agent-1", ended.AgentId);
        Assert.Single(_kernel.Logs, l => l.EventId == 7240);
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7241 or 7242);
    }

    [Fact]
    public async Task CancelDuringEarlyMedia_487_AudioStops_Abandoned()
    {
        using var audio = new RtpCounter();
        var result = await CallAsync(Server, "call_early_cancel.xml", "autos", audio);

        AssertPassed(result, "caller");
        var abandoned = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Abandoned));
        Assert.Null(abandoned.QueueId);
        Assert.True(audio.Packets >= 40, $"{audio.Packets} RTP packets of early media before the CANCEL");
        await Poll.UntilAsync(() => _kernel.Logs.Any(l => l.EventId == 7021));
        Assert.Contains("Cancelled", Assert.Single(_kernel.Logs, l => l.EventId == 7021).Message, StringComparison.Ordinal);
        var heard = audio.Packets;
        await Task.Delay(300);
        Assert.True(audio.Packets - heard <= 2, $"early media went on after the CANCEL: {audio.Packets - heard} more packets");
    }

    [Fact]
    public async Task LineWithoutEarlyMedia_AnsweredAtOnce()
    {
        using var audio = new RtpCounter();
        var result = await CallAsync(Server, "call_ivr_hangup.xml", "salud", audio);

        // The scenario fails on a 183 and waits for the 200 before any audio: the line answered at once.
        AssertPassed(result, "caller");
        await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Abandoned));
        Assert.True(audio.Packets > 0, "the greeting had started");
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7240 or 7241 or 7242);
    }

    /// <summary>The plugin with lines autos and salud (agent1's phone as agent-1), the <paramref name="ivr"/> flows and <paramref name="settings"/>.</summary>
    internal static Task<PluginTestKernel> StartAsync(int sipPort, JsonObject ivr, Dictionary<string, JsonNode> settings)
    {
        var configuration = VoicePhones.Configuration(sipPort, new JsonObject { ["autos"] = "q-autos", ["salud"] = "q-salud" }, new Dictionary<string, string> { ["agent1"] = "agent-1" });
        configuration["ivr"] = ivr;
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        return PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceInboundEarlyMediaTests).Assembly),
            Configuration = configuration,
        });
    }

    /// <summary>SIPp calling <paramref name="line"/> with <paramref name="scenario"/>, its SDP naming <paramref name="audio"/> as its RTP address.</summary>
    internal static Task<SippResult> CallAsync(IPEndPoint server, string scenario, string line, RtpCounter audio) =>
        SippRunner.RunAsync(scenario, "UDP", server, 1, "-s", line,
            "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture), "-key", "audio_port", audio.Port.ToString(CultureInfo.InvariantCulture));

    internal static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
}
