using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// Another SIP server already holds the port: the host still starts, the voice plugin is degraded with the reason, the
/// recordings API still answers; once the port comes free (as when an upgraded version's predecessor has drained) the
/// plugin binds it and is healthy again.
/// </summary>
public sealed class VoicePortTakenTests
{
    [Fact]
    public async Task Start_SipPortTaken_HostRunsVoiceDegradedThenBindsWhenFree()
    {
        var port = SippRunner.FreePort("UDP");
        using var squatter = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        squatter.Bind(new IPEndPoint(IPAddress.Loopback, port));

        await using var host = await RunningHost.StartAsync(configure: null, $"--{RunningHost.VoiceSettings}:udpPort={port.ToString(CultureInfo.InvariantCulture)}");
        using var admin = host.CreateAdminClient();

        var readiness = string.Empty;
        for (var i = 0; i < 300 && !readiness.Contains("SIP could not bind", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            using var ready = await admin.GetAsync(new Uri("/readyz", UriKind.Relative));
            readiness = await ready.Content.ReadAsStringAsync();
        }

        Assert.Contains("plugin:cc.channels.voice", readiness, StringComparison.Ordinal);
        Assert.Contains($"SIP could not bind 127.0.0.1 udp/{port}", readiness, StringComparison.Ordinal);
        using var plugin = await admin.GetAsync(new Uri("/api/v1/plugins/cc.channels.voice", UriKind.Relative));
        Assert.Contains("\"Active\"", await plugin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var search = await admin.GetAsync(new Uri("/api/v1/channels/cc.channels.voice/recordings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        squatter.Dispose();
        for (var i = 0; i < 300 && readiness.Contains("SIP could not bind", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            using var ready = await admin.GetAsync(new Uri("/readyz", UriKind.Relative));
            readiness = await ready.Content.ReadAsStringAsync();
        }

        Assert.DoesNotContain("SIP could not bind", readiness, StringComparison.Ordinal);
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        Assert.Throws<SocketException>(() => probe.Bind(new IPEndPoint(IPAddress.Loopback, port)));
    }
}
