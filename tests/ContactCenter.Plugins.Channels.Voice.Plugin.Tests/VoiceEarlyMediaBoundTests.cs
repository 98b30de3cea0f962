using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// The early-media bound (<c>earlyMediaMaxSeconds</c>, 2 s here, <c>earlyMedia</c> on for every line): no agent takes the
/// call, so the platform answers it itself when the bound runs out (200 with the 183's SDP, checked by SIPp; logged
/// 7241), the call goes on as an answered call with its queue's audio, and the caller's BYE abandons it.
/// </summary>
public sealed class VoiceEarlyMediaBoundTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync() => _kernel = await VoiceInboundEarlyMediaTests.StartAsync(_sipPort,
        new JsonObject { ["autos"] = new JsonObject { ["greeting"] = "greeting" } },
        new() { ["earlyMedia"] = true, ["earlyMediaMaxSeconds"] = 2 });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task NoAgentWithinTheBound_AnsweredByThePlatform_AudioGoesOn_ByeAbandons()
    {
        using var audio = new RtpCounter();
        var caller = VoiceInboundEarlyMediaTests.CallAsync(Server, "call_early_bound.xml", "autos", audio);

        var created = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault());
        await Poll.UntilAsync(() => _kernel.Logs.Any(l => l.EventId == 7240));
        Assert.Equal(VoiceCallState.EarlyMedia, (await _kernel.VoiceCalls.GetCallAsync(created.Id)).Value!.State);

        await Poll.UntilAsync(() => _kernel.Logs.Any(l => l.EventId == 7241));
        var atAnswer = audio.Packets;
        Assert.Contains(created.Id, Assert.Single(_kernel.Logs, l => l.EventId == 7241).Message, StringComparison.Ordinal);
        Assert.True(atAnswer >= 40, $"{atAnswer} RTP packets of early media before the bound");

        VoiceInboundEarlyMediaTests.AssertPassed(await caller, "caller");
        Assert.True(audio.Packets - atAnswer >= 40, $"{audio.Packets - atAnswer} RTP packets after the answer: the caller's audio stopped");
        var abandoned = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == created.Id && i.State == InteractionState.Abandoned));
        Assert.Equal("q-autos", abandoned.QueueId);
    }
}
