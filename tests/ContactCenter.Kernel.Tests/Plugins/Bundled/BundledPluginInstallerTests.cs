using ContactCenter.Kernel.Plugins.Bundled;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;
using static ContactCenter.Kernel.Plugins.Bundled.BundledPluginInstaller;

namespace ContactCenter.Kernel.Tests.Plugins.Bundled;

public sealed class BundledPluginInstallerTests
{
    private const string Id = "cc.test.bundled";

    [Fact]
    public async Task Start_BundledPluginNotInstalled_IsInstalledAndActive()
    {
        using var bundled = new TempDirectory();
        Pack(bundled.Path, "1.0.0");

        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:BundledDirectory"] = bundled.Path);

        var info = host.Manager.Get(Id);
        Assert.NotNull(info);
        Assert.Equal(("1.0.0", PluginState.Active, true), (info.Version, info.State, info.Enabled));
    }

    [Fact]
    public async Task Install_OlderVersionInstalled_IsUpgraded()
    {
        await using var host = await StartAsync("1.0.0");
        Pack(host.Work, "1.1.0", Bundle(host));

        Assert.Equal(Outcome.Upgraded, Single(await InstallAsync(host)));
        Assert.Equal(("1.1.0", PluginState.Active), (host.Manager.Get(Id)!.Version, host.Manager.Get(Id)!.State));
    }

    [Fact]
    public async Task Install_SameVersionInstalled_IsLeftAlone()
    {
        await using var host = await StartAsync("1.0.0");
        Pack(host.Work, "1.0.0", Bundle(host));

        Assert.Equal(Outcome.UpToDate, Single(await InstallAsync(host)));
        Assert.Equal("1.0.0", host.Manager.Get(Id)!.Version);
    }

    [Fact]
    public async Task Install_NewerVersionInstalledByAdmin_IsNeverDowngraded()
    {
        await using var host = await StartAsync("2.0.0");
        Pack(host.Work, "1.5.0", Bundle(host));

        Assert.Equal(Outcome.NewerInstalled, Single(await InstallAsync(host)));
        Assert.Equal("2.0.0", host.Manager.Get(Id)!.Version);
    }

    [Fact]
    public async Task Install_DisabledByAdmin_StaysDisabledAndUnchanged()
    {
        await using var host = await StartAsync("1.0.0");
        await host.Manager.DisableAsync(Id, default);
        Pack(host.Work, "1.1.0", Bundle(host));

        Assert.Equal(Outcome.Disabled, Single(await InstallAsync(host)));
        var info = host.Manager.Get(Id)!;
        Assert.Equal(("1.0.0", false), (info.Version, info.Enabled));
    }

    [Fact]
    public async Task Install_CorruptPackage_IsSkippedAndTheOthersApplied()
    {
        await using var host = await StartAsync(installed: null);
        var folder = Bundle(host);
        await File.WriteAllTextAsync(Path.Combine(folder, "a-broken.zip"), "not a zip");
        Pack(host.Work, "1.0.0", folder);

        var outcomes = await InstallAsync(host);

        Assert.Equal(Outcome.Failed, outcomes["a-broken.zip"]);
        Assert.Equal(Outcome.Installed, outcomes[$"{Id}-1.0.0.zip"]);
        Assert.Equal(PluginState.Active, host.Manager.Get(Id)!.State);
    }

    private static async Task<PluginTestHost> StartAsync(string? installed)
    {
        var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:BundledDirectory"] = Path.Combine(s["CC:Storage:DataDirectory"]!, "bundled"));
        if (installed is not null)
        {
            await using var stream = File.OpenRead(TestPlugin.Create(Id, installed).WithSource(Sources.Http).PackZip(Path.Combine(host.Work, $"admin-{installed}.zip")));
            await host.Manager.InstallAsync(stream, default);
        }

        return host;
    }

    private static string Bundle(PluginTestHost host) => Directory.CreateDirectory(Path.Combine(host.Data.Path, "bundled")).FullName;

    private static void Pack(string work, string version, string? folder = null) =>
        TestPlugin.Create(Id, version).WithSource(Sources.Http).PackZip(Path.Combine(folder ?? work, $"{Id}-{version}.zip"));

    private static Task<IReadOnlyDictionary<string, Outcome>> InstallAsync(PluginTestHost host) =>
        host.Services.GetRequiredService<BundledPluginInstaller>().InstallBundledAsync(default);

    private static Outcome Single(IReadOnlyDictionary<string, Outcome> outcomes) => Assert.Single(outcomes).Value;
}
