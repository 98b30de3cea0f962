using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// The <c>phones</c> setting naming an id that is no agent of the directory (demo host, real kernel): warning 7154 names
/// the SIP user and the id, and the account is kept (the operator's setting; supervisor1's monitoring phone is such an
/// account) and registers; the demo agents' accounts raise no warning.
/// </summary>
public sealed class VoicePhoneSettingAgentTests
{
    private const string Realm = "contactcenter.local";
    private const string GhostSecret = "Ghost-Phone-Secret-7!";

    [Fact]
    public async Task Start_SettingNamesNoAgent_WarnedWithUserAndIdAccountKeptAndRegisters()
    {
        var capture = new CapturingLoggerProvider();
        var port = SippRunner.FreePort("UDP");
        await using var host = await RunningHost.StartAsync(null, builder => builder.Logging.AddProvider(capture),
            "--demo", $"--CC:Demo:Password={VoicePhonesHostFixture.Password}",
            $"--{RunningHost.VoiceSettings}:udpPort={port.ToString(CultureInfo.InvariantCulture)}",
            $"--{RunningHost.VoiceSettings}:digestAlgorithms:0=MD5",
            $"--{RunningHost.VoiceSettings}:phones:ghost:agentId=nobody",
#pragma warning disable CA5351 // RFC 3261 digest is MD5: SIPp only speaks MD5.
            $"--{RunningHost.VoiceSettings}:phones:ghost:ha1Md5={Ha1(MD5.HashData)}",
#pragma warning restore CA5351
            $"--{RunningHost.VoiceSettings}:phones:ghost:ha1Sha256={Ha1(SHA256.HashData)}");
        await host.WaitForPluginActiveAsync("cc.channels.voice");

        var warning = await WarningAsync(capture, "ghost");
        Assert.Contains("names nobody, which is no agent of the directory", warning, StringComparison.Ordinal);
        await WarningAsync(capture, "supervisor1");
        Assert.DoesNotContain(capture.Lines, l => l.Contains("account agent1 of the phones setting", StringComparison.Ordinal));

        using var admin = host.CreateAdminClient();
        var items = JsonDocument.Parse(await admin.GetStringAsync(VoiceDemoHostFixture.Api("phones"))).RootElement.GetProperty("items");
        var ghost = items.EnumerateArray().Single(a => a.GetProperty("user").GetString() == "ghost");
        Assert.Equal("nobody", ghost.GetProperty("agentId").GetString());
        Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(new IPEndPoint(IPAddress.Loopback, port), "ghost", GhostSecret));
    }

    private static async Task<string> WarningAsync(CapturingLoggerProvider capture, string user)
    {
        var marker = $"SIP phone account {user} of the phones setting";
        for (var i = 0; i < 300; i++)
        {
            if (capture.Lines.FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no warning 7154 for {user} in 15 s");
    }

    private static string Ha1(Func<byte[], byte[]> hash) =>
        Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes($"ghost:{Realm}:{GhostSecret}")));
}
