using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// The hosted plugin's per-source flood limit is its configuration's (<c>sipRequestsPerSecond</c>, <c>sipBurst</c>),
/// over real UDP from one source address. Found by the full-host voice benchmark: the limit was fixed at 50 messages a
/// second (burst 100) per address, so a carrier or SBC sending every call from one address lost messages beyond about
/// 15 calls a second, unanswered, and nothing let an operator raise it.
/// </summary>
public sealed class VoiceSipProtectionTests
{
    private const int Batch = 20;
    private readonly int _sipPort = SippRunner.FreePort("UDP");

    [Fact]
    public async Task Options_BeyondTheConfiguredBurstFromOneSource_DroppedUnanswered()
    {
        await using var kernel = await StartAsync(requestsPerSecond: 1, burst: 20);

        var answered = await SendOptionsAsync(60, attempts: 1);

        // 20 from the burst, plus one token a second while the batches wait for their answers (the default, 100 and
        // 50/s, would have answered all 60).
        Assert.InRange(answered, 20, 30);
    }

    [Fact]
    public async Task Options_LimitRaisedForACarrier_EveryMessageFromOneSourceAnswered()
    {
        await using var kernel = await StartAsync(requestsPerSecond: 1, burst: 1000);

        var answered = await SendOptionsAsync(300, attempts: 3);

        // The default (burst 100, then 50 a second) would have dropped a third of them or more.
        Assert.Equal(300, answered);
    }

    /// <summary>
    /// Sends <paramref name="count"/> OPTIONS from one socket in batches of 20, each batch waiting for its 200s until
    /// 1 s passes without one; an unanswered one is sent again (as a UDP client retransmits) up to
    /// <paramref name="attempts"/> times in all, so loopback datagrams lost on a loaded machine do not count as drops.
    /// </summary>
    private async Task<int> SendOptionsAsync(int count, int attempts)
    {
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var local = (IPEndPoint)client.Client.LocalEndPoint!;
        var server = new IPEndPoint(IPAddress.Loopback, _sipPort);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < count; first += Batch)
        {
            var batch = Enumerable.Range(first, Math.Min(Batch, count - first)).Select(i => $"flood-{i}").ToList();
            for (var attempt = 0; attempt < attempts && batch.Any(id => !answered.Contains(id)); attempt++)
            {
                foreach (var callId in batch.Where(id => !answered.Contains(id)))
                {
                    var options = $"OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP {local};branch=z9hG4bK-{callId}-{attempt};rport\r\nMax-Forwards: 70\r\n"
                        + $"From: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:127.0.0.1>\r\nCall-ID: {callId}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
                    await client.SendAsync(Encoding.ASCII.GetBytes(options), server);
                }

                await ReceiveUntilQuietAsync(client, answered);
            }
        }

        return answered.Count;
    }

    private static async Task ReceiveUntilQuietAsync(UdpClient client, HashSet<string> answered)
    {
        while (true)
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                var response = Encoding.ASCII.GetString((await client.ReceiveAsync(quiet.Token)).Buffer);
                Assert.StartsWith("SIP/2.0 200 ", response, StringComparison.Ordinal);
                answered.Add(response.Split("\r\n").Single(l => l.StartsWith("Call-ID:", StringComparison.OrdinalIgnoreCase))["Call-ID:".Length..].Trim());
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Task<PluginTestKernel> StartAsync(int requestsPerSecond, int burst)
    {
        var configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos" }, new Dictionary<string, string>());
        configuration["sipRequestsPerSecond"] = requestsPerSecond;
        configuration["sipBurst"] = burst;
        return PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceSipProtectionTests).Assembly),
            Configuration = configuration,
        });
    }
}
