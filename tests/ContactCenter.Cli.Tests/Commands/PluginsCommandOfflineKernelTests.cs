using ContactCenter.Cli.Tests.Support;
using ContactCenter.Testing.Hosting;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary>
/// Offline mode on the real kernel: with no host running, <c>cc</c> manages the installation on the embedded store and
/// the plugins folder without loading any plugin, and the host loads what was installed when it starts.
/// </summary>
public sealed class PluginsCommandOfflineKernelTests : IDisposable
{
    private const string PluginId = "cc.test.offline";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-offline-");

    private string DataDirectory => Path.Combine(_work.FullName, "data");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task InstallUpgradeDisableEnable_Offline_HostStartsTheNewVersion()
    {
        var v1 = Package("1.0.0", "offline v1");
        var v2 = Package("2.0.0", "offline v2");

        var install = await Cc("plugins", "install", v1);
        var upgrade = await Cc("plugins", "upgrade", v2);
        var disable = await Cc("plugins", "disable", PluginId);
        var enable = await Cc("plugins", "enable", PluginId);
        var list = await Cc("plugins", "list");

        Assert.Equal([0, 0, 0, 0, 0], new[] { install.ExitCode, upgrade.ExitCode, disable.ExitCode, enable.ExitCode, list.ExitCode });
        Assert.Contains("Loads when the host starts", install.Output, StringComparison.Ordinal);
        Assert.Contains("2.0.0", list.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(DataDirectory, "plugins", PluginId, "1.0.0")));

        await using var host = await RunningHost.StartAsync(DataDirectory, null, "--CC:Storage:Provider=LiteDb");
        using var client = host.CreateClient();
        var answer = await client.GetStringAsync(new Uri($"/api/v1/channels/{PluginId}/hello", UriKind.Relative));

        Assert.Equal("offline v2 2.0.0 /hello", answer);
    }

    [Fact]
    public async Task Install_CorruptPackageOffline_RefusedAndNothingInstalled()
    {
        var corrupt = Path.Combine(_work.FullName, "corrupt.zip");
        await File.WriteAllBytesAsync(corrupt, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var install = await Cc("plugins", "install", corrupt);
        var list = await Cc("plugins", "list");

        Assert.Equal(ExitCodes.Refused, install.ExitCode);
        Assert.Contains("No plugins installed", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetDirectories(Path.Combine(DataDirectory, "plugins")), d => !Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public async Task Uninstall_Offline_RemovesRegistrationAndFiles()
    {
        Assert.Equal(0, (await Cc("plugins", "install", Package("1.0.0", "bye"))).ExitCode);

        var uninstall = await Cc("plugins", "uninstall", PluginId);
        var list = await Cc("plugins", "list");

        Assert.Equal(0, uninstall.ExitCode);
        Assert.Contains("No plugins installed", list.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(DataDirectory, "plugins", PluginId)));
    }

    private string Package(string version, string text) =>
        TestPlugin.Create(PluginId, version)
            .WithKinds("extension")
            .WithSource(TestPluginSources.HttpReply(text))
            .PackZip(Path.Combine(_work.FullName, $"{PluginId}-{version}.zip"));

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync([.. args, "--data-dir", DataDirectory]);
}
