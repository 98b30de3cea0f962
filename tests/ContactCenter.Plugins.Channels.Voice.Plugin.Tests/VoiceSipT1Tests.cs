using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// The plugin setting <c>sipT1Milliseconds</c> reaches the SIP transactions: with T1 = 20 ms an outbound call to a
/// carrier that never answers (a UDP socket on loopback that swallows everything) is retransmitted by Timer A from
/// T1 and ends <c>trunk-down</c> after Timer B (64*T1 = 1.28 s) instead of after 32 s.
/// </summary>
public sealed class VoiceSipT1Tests : IAsyncLifetime, IDisposable
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly UdpClient _carrier = new(new IPEndPoint(IPAddress.Loopback, 0));
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync()
    {
        var carrierPort = ((IPEndPoint)_carrier.Client.LocalEndPoint!).Port;
        var configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" }, new Dictionary<string, string> { ["agent1"] = "agent-1" });
        configuration["sipT1Milliseconds"] = 20;
        configuration["trunks"] = new JsonObject
        {
            ["carrier"] = new JsonObject { ["outboundProxy"] = $"127.0.0.1:{carrierPort.ToString(CultureInfo.InvariantCulture)}", ["countryCode"] = "34" },
        };
        configuration["outboundLines"] = new JsonObject { ["autos"] = new JsonObject { ["trunk"] = "carrier", ["callerIdNumber"] = "+34910000001" } };
        _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceSipT1Tests).Assembly),
            Configuration = configuration,
        });
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    public void Dispose() => _carrier.Dispose();

    [Fact]
    public async Task Originate_CarrierSilent_T1Of20ms_RetransmittedThenTrunkDownAfterTimerB()
    {
        var invites = 0;
        using var stop = new CancellationTokenSource();
        var swallowing = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    var received = await _carrier.ReceiveAsync(stop.Token);
                    if (Encoding.ASCII.GetString(received.Buffer).StartsWith("INVITE ", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref invites);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The test is over.
            }
        });

        var placed = await Voice.OriginateAsync(new OriginateRequest { Destination = "+34600111222", ServiceLine = "autos" });

        Assert.True(placed.Succeeded, placed.Reason);
        var ended = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == placed.Value && i.State == InteractionState.Failed));
        Assert.Equal(("trunk-down", Direction.Outbound), (ended.Reason, ended.Direction));

        // Timer A retransmits from T1 (20, 40, 80... ms) until Timer B: at least one retransmission came.
        Assert.True(Volatile.Read(ref invites) >= 2, $"{invites} INVITE(s) reached the silent carrier");
        await stop.CancelAsync();
        await swallowing;
    }

    private IVoiceCalls Voice => _kernel.VoiceCalls;
}
