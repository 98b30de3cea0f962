using System.Globalization;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// baresip as the agent's softphone over SIP over TLS: it registers with digest auth, is rung when the kernel offers a
/// call to its agent, answers, and audio flows both ways through the platform's mixer: the caller (a second baresip,
/// over UDP) plays 1000 Hz, the agent 600 Hz, and each finds the other's tone in what it recorded.
/// </summary>
public sealed class VoiceBaresipAgentTests : IAsyncLifetime
{
    private const int CallerHz = 1000;
    private const int AgentHz = 600;
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _tlsPort = SippRunner.FreePort("TCP");
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
    {
        PluginDirectory = PluginUnderTest.Directory(typeof(VoiceBaresipAgentTests).Assembly),
        Configuration = OnlyMd5(VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" },
            new Dictionary<string, string> { ["agent1"] = "agent-1" }, _tlsPort)),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Offer_BaresipOverTlsAnswers_AudioBothWays() => await AnswerAndTalkAsync(_kernel, _sipPort, _tlsPort, string.Empty);

    /// <summary>
    /// The agent's baresip (account <paramref name="accountParameters"/> added) registers over TLS, is offered the
    /// queued call of a second baresip and answers; each side must hear the other's tone and not its own. Returns
    /// the agent's baresip output (with its SIP trace).
    /// </summary>
    internal static async Task<string> AnswerAndTalkAsync(PluginTestKernel kernel, int sipPort, int tlsPort, string accountParameters)
    {
        var tls = tlsPort.ToString(CultureInfo.InvariantCulture);
        await using var agent = await BaresipPhone.StartAsync($"<sip:agent1@127.0.0.1:{tls};transport=tls>;auth_pass={VoicePhones.Secret};regint=600;answermode=manual{accountParameters}", AgentHz, trace: true);
        await agent.WaitForRegisteredAsync("TLS");
        await using var caller = await BaresipPhone.StartAsync("<sip:caller@127.0.0.1>;regint=0", CallerHz);

        await caller.CommandAsync("dial", $"sip:autos@127.0.0.1:{sipPort.ToString(CultureInfo.InvariantCulture)}");
        var queued = await WaitForAsync(() => kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        await kernel.Interactions.OfferAsync(queued.Id, "agent-1");
        var incoming = await agent.WaitForEventAsync("CALL_INCOMING");
        await agent.CommandAsync("accept");
        await agent.WaitForEventAsync("CALL_ESTABLISHED");
        await WaitForAsync(() => kernel.Interactions.All.SingleOrDefault(i => i.Id == queued.Id && i.State == InteractionState.Connected));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await caller.CommandAsync("hangup");

        // baresip 1.0 raises CALL_CLOSED only when the peer ends the call: the agent's comes from our BYE over TLS.
        await agent.WaitForEventAsync("CALL_CLOSED");
        await caller.WaitForOutputAsync("terminated");

        Assert.Contains("caller", (string?)incoming["peeruri"] ?? string.Empty, StringComparison.Ordinal);
        var agentHeard = agent.Heard();
        var callerHeard = caller.Heard();
        Assert.True(ToneWav.BlocksWithTone(agentHeard, CallerHz) >= 10, $"the agent heard {ToneWav.BlocksWithTone(agentHeard, CallerHz)} blocks of the caller's tone in {agentHeard.Length} samples");
        Assert.True(ToneWav.BlocksWithTone(callerHeard, AgentHz) >= 10, $"the caller heard {ToneWav.BlocksWithTone(callerHeard, AgentHz)} blocks of the agent's tone in {callerHeard.Length} samples");
        Assert.True(ToneWav.BlocksWithTone(agentHeard, AgentHz) < 3, "the agent must not hear its own tone back");
        Assert.True(ToneWav.BlocksWithTone(callerHeard, CallerHz) < 3, "the caller must not hear its own tone back");
        return agent.Output;
    }

    internal static async Task<Interaction> WaitForAsync(Func<Interaction?> probe)
    {
        for (var i = 0; i < 800; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The interaction did not reach the expected state within 20 s.");
    }

    /// <summary>baresip 1.0 (libre) gives up on a 401 carrying any challenge it does not know, SHA-256 included.</summary>
    internal static JsonObject OnlyMd5(JsonObject configuration)
    {
        configuration["digestAlgorithms"] = new JsonArray("MD5");
        return configuration;
    }
}
