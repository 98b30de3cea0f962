using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Outbound calls through a trunk with early media and the refusals before anything is sent, SIPp as the carrier's
/// proxy on 127.0.0.1: a 183 with SDP puts the call in <see cref="VoiceCallState.EarlyMedia"/> and the carrier's
/// announcement (SIPp's pcap) reaches the call's RTP session before the 200 (the packet count the plugin logs at the
/// final response), the 200 with the same SDP answers the call, which is queued; a 183 then 486 ends as busy and the
/// call and its media are gone; a line whose trunk registers and is not registered, and a TCP trunk nobody listens
/// on, are refused with a reason and create no interaction.
/// </summary>
public sealed class VoiceOriginateEarlyMediaTests : IAsyncLifetime
{
    private const string Number = "+34600111222";
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _carrierPort = SippRunner.FreePort("UDP");
    private readonly int _silentRegistrar = SippRunner.FreePort("UDP");
    private readonly int _closedTcp = SippRunner.FreePort("TCP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    private IVoiceCalls Voice => _kernel.VoiceCalls;

    public async Task InitializeAsync()
    {
        var configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" }, new Dictionary<string, string> { ["agent1"] = "agent-1" });
        configuration["trunks"] = new JsonObject
        {
            // srtp optional over UDP (accepted by the schema and the reader): plain RTP, as keys never go over UDP.
            ["carrier"] = new JsonObject { ["outboundProxy"] = Loopback(_carrierPort), ["countryCode"] = "34", ["srtp"] = "optional" },

            // Registers with a registrar that never answers: never registered while the test runs.
            ["unregistered"] = new JsonObject
            {
                ["outboundProxy"] = Loopback(_silentRegistrar),
                ["register"] = new JsonObject { ["username"] = "acme", ["secret"] = "trunk-secret" },
            },

            // TCP to a port nobody listens on: the connection is refused.
            ["down"] = new JsonObject { ["outboundProxy"] = Loopback(_closedTcp), ["transport"] = "tcp" },
        };
        configuration["outboundLines"] = new JsonObject
        {
            ["autos"] = new JsonObject { ["trunk"] = "carrier", ["callerIdNumber"] = "+34910000001" },
            ["ventas"] = new JsonObject { ["trunk"] = "unregistered", ["callerIdNumber"] = "+34910000002" },
            ["soporte"] = new JsonObject { ["trunk"] = "down", ["callerIdNumber"] = "+34910000003" },
        };
        _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceOriginateEarlyMediaTests).Assembly),
            Configuration = configuration,
        });
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Originate_183WithSdpThen200_EarlyMediaReceivedBeforeAnswerThenQueued()
    {
        using var carrier = Carrier("trunk_uas_early_answer.xml");

        var id = await PlaceAsync();
        await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.State: VoiceCallState.EarlyMedia } early ? early : null);
        Assert.Equal(InteractionState.Created, _kernel.Interactions.All.Single(i => i.Id == id).State);

        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Queued));
        Assert.Equal("q-autos", queued.QueueId);
        Assert.Equal(VoiceCallState.Answered, (await Voice.GetCallAsync(id)).Value!.State);
        var (packets, status) = EarlyMediaLogged(id);
        Assert.Equal(200, status);
        Assert.True(packets >= 50, $"{packets} RTP packets before the answer (3 s of 20 ms packets sent)");

        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Abandoned));
        Assert.Equal("hung-up", ended.Reason);
    }

    [Fact]
    public async Task Originate_183WithSdpThen486_BusyAndTheCallWithItsMediaGone()
    {
        using var carrier = Carrier("trunk_uas_early_busy.xml");

        var id = await PlaceAsync();
        await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Value.State: VoiceCallState.EarlyMedia } early ? early : null);

        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == id && i.State == InteractionState.Abandoned));
        Assert.Equal("busy", ended.Reason);
        var (packets, status) = EarlyMediaLogged(id);
        Assert.Equal(486, status);
        Assert.True(packets >= 50, $"{packets} RTP packets before the 486");
        Assert.Equal(VoiceFailure.UnknownCall, (await Poll.ForResultAsync(async () => await Voice.GetCallAsync(id) is { Succeeded: false } gone ? gone : null)).Failure);
        var result = await carrier.WaitAsync();
        Assert.True(result.ExitCode == 0, $"SIPp (carrier) exit {result.ExitCode}: {result.Errors}");
    }

    [Fact]
    public async Task Originate_TrunkNotRegistered_RefusedUnreachableNothingCreated()
    {
        var refused = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "ventas" });

        Assert.Equal(VoiceFailure.Unreachable, refused.Failure);
        Assert.Contains("The trunk 'unregistered' is down: it is not registered", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("no está registrada en el operador", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_kernel.Interactions.All);
        Assert.Contains(_kernel.Logs, l => l.EventId == 7231 && l.Message.Contains("ventas", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Originate_TcpTrunkRefusesTheConnection_RefusedUnreachableNothingCreated()
    {
        var refused = await Voice.OriginateAsync(new OriginateRequest { Destination = Number, ServiceLine = "soporte" });

        Assert.Equal(VoiceFailure.Unreachable, refused.Failure);
        Assert.Contains("The trunk 'down' cannot be reached", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(_closedTcp.ToString(CultureInfo.InvariantCulture), refused.Reason, StringComparison.Ordinal);
        Assert.Contains("No se puede llegar a la troncal 'down'", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_kernel.Interactions.All);
    }

    private static string Loopback(int port) => $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";

    private SippProcess Carrier(string scenario) =>
        SippRunner.Start(scenario, "UDP", Server, 1, _carrierPort, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));

    private Task<string> PlaceAsync() => Originations.PlaceAsync(Voice, "autos", Number);

    /// <summary>The early media the plugin logged for <paramref name="interactionId"/> (7237): RTP packets received before the final response, and its status.</summary>
    private (int Packets, int Status) EarlyMediaLogged(string interactionId)
    {
        var message = Assert.Single(_kernel.Logs, l => l.EventId == 7237 && l.Message.Contains(interactionId, StringComparison.Ordinal)).Message;
        var match = Regex.Match(message, "([0-9]+) RTP packets received before the final response ([0-9]{3})");
        Assert.True(match.Success, message);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }
}
