using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins;

public sealed class PluginManagerTests
{
    [Fact]
    public async Task InstallFromDirectoryAsync_ValidPlugin_IsActiveAndServes()
    {
        await using var host = await PluginTestHost.StartAsync();
        var source = TestPlugin.Create("cc.test.folder", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "folder"));

        var info = await host.Manager.InstallFromDirectoryAsync(source, default);

        Assert.Equal(PluginState.Active, info.State);
        Assert.True(info.Enabled);
        Assert.True(File.Exists(Path.Combine(host.PluginsDirectory, "cc.test.folder", "1.0.0", "plugin.json")));
        Assert.True(File.Exists(Path.Combine(source, "plugin.json")), "the source folder is copied, not moved");
        var (status, body, _) = await DirectHttp.ApiAsync(host, "cc.test.folder", "/hello");
        Assert.Equal(200, status);
        Assert.Equal("cc.test.folder 1.0.0 /hello", body);
    }

    [Fact]
    public async Task InstallAsync_Zip_IsActive()
    {
        await using var host = await PluginTestHost.StartAsync();
        var package = TestPlugin.Create("cc.test.zip", "1.2.3").WithSource(Sources.Http).PackZip(Path.Combine(host.Work, "p.zip"));

        await using var stream = File.OpenRead(package);
        var info = await host.Manager.InstallAsync(stream, default);

        Assert.Equal(PluginState.Active, info.State);
        Assert.Equal("1.2.3", info.Version);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.zip", "/")).Status);
    }

    [Fact]
    public async Task InstallAsync_Nupkg_TakesAssembliesFromLibAndLeavesNuGetFilesOut()
    {
        await using var host = await PluginTestHost.StartAsync();
        var package = TestPlugin.Create("cc.test.nupkg", "2.0.0-beta.1").WithSource(Sources.Http).PackNupkg(Path.Combine(host.Work, "p.nupkg"));

        await using var stream = File.OpenRead(package);
        var info = await host.Manager.InstallAsync(stream, default);

        Assert.Equal(PluginState.Active, info.State);
        var installed = Path.Combine(host.PluginsDirectory, "cc.test.nupkg", "2.0.0-beta.1");
        Assert.True(File.Exists(Path.Combine(installed, "cc.test.nupkg.dll")));
        Assert.False(File.Exists(Path.Combine(installed, "cc.test.nupkg.nuspec")));
        Assert.False(Directory.Exists(Path.Combine(installed, "lib")));
    }

    [Fact]
    public async Task DisableAsync_ThenEnableAsync_StopsAndResumesServing()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.toggle", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "t")), default);

        var disabled = await host.Manager.DisableAsync("cc.test.toggle", default);
        var whileDisabled = await DirectHttp.ApiAsync(host, "cc.test.toggle", "/");
        var enabled = await host.Manager.EnableAsync("cc.test.toggle", default);
        var whileEnabled = await DirectHttp.ApiAsync(host, "cc.test.toggle", "/");

        Assert.Equal(PluginState.Disabled, disabled.State);
        Assert.False(disabled.Enabled);
        Assert.Empty(disabled.Versions);
        Assert.Equal(404, whileDisabled.Status);
        Assert.Equal(PluginState.Active, enabled.State);
        Assert.Equal(200, whileEnabled.Status);
    }

    [Fact]
    public async Task UninstallAsync_RemovesFilesAndRegistration_KeepsDocuments()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.used", "1.0.0").WithCollection("notes", "text").WithSource(Sources.Used).BuildToDirectory(Path.Combine(host.Work, "u")), default);
        await Eventually.GetAsync(() => host.Store.GetAsync("p.cc.test.used.journal", "queried", default).AsTask(), "the plugin to write");

        await host.Manager.UninstallAsync("cc.test.used", default);

        Assert.Null(host.Manager.Get("cc.test.used"));
        Assert.False(Directory.Exists(Path.Combine(host.PluginsDirectory, "cc.test.used")));
        Assert.Null(await host.Store.GetAsync(KernelCollections.Plugins.Name, "cc.test.used", default));
        Assert.NotNull(await host.Store.GetAsync("p.cc.test.used.notes", "n1", default));
        Assert.Equal(404, (await DirectHttp.ApiAsync(host, "cc.test.used", "/")).Status);
    }

    [Fact]
    public async Task RestartAsync_LoadsEnabledPluginsAndKeepsDisabledOnesDisabled()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.on", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "on")), default);
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.off", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "off")), default);
        await host.Manager.DisableAsync("cc.test.off", default);

        await host.RestartAsync();

        Assert.Equal(PluginState.Active, host.Manager.Get("cc.test.on")!.State);
        Assert.Equal(PluginState.Disabled, host.Manager.Get("cc.test.off")!.State);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.on", "/")).Status);
    }

    [Fact]
    public async Task StartAsync_FolderDroppedIntoPluginsDirectory_IsRegisteredAndLoaded()
    {
        await using var host = await PluginTestHost.StartAsync();
        TestPlugin.Create("cc.test.dropped", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.PluginsDirectory, "anything"));
        TestPlugin.Create("cc.test.canonical", "3.1.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.PluginsDirectory, "cc.test.canonical", "3.1.0"));

        await host.RestartAsync();

        Assert.Equal(PluginState.Active, host.Manager.Get("cc.test.dropped")!.State);
        Assert.Equal(PluginState.Active, host.Manager.Get("cc.test.canonical")!.State);
        Assert.True(Directory.Exists(Path.Combine(host.PluginsDirectory, "cc.test.dropped", "1.0.0")));
        Assert.False(Directory.Exists(Path.Combine(host.PluginsDirectory, "anything")));
        Assert.NotNull(await host.Store.GetAsync(KernelCollections.Plugins.Name, "cc.test.dropped", default));
    }

    [Fact]
    public async Task InstallAsync_SameIdTwice_IsRefusedAndChangesNothing()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.twice", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "a")), default);
        var before = await Snapshot.TakeAsync(host);

        var error = await Assert.ThrowsAsync<PluginOperationException>(async () =>
            await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.twice", "2.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "b")), default));

        Assert.Contains("already installed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot.TakeAsync(host));
    }

    [Fact]
    public async Task EnableAsync_UnknownPlugin_Throws()
    {
        await using var host = await PluginTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<PluginOperationException>(async () => await host.Manager.EnableAsync("cc.test.nope", default));

        Assert.Equal("plugin.not-installed", error.ErrorCode);
    }

    [Fact]
    public async Task InstallAsync_SamePluginConcurrently_ExactlyOneWins()
    {
        await using var host = await PluginTestHost.StartAsync();
        var packages = Enumerable.Range(0, 4)
            .Select(i => TestPlugin.Create("cc.test.race", $"1.0.{i}").WithSource(TestPluginSources.HttpReply("race")).PackZip(Path.Combine(host.Work, $"r{i}.zip")))
            .ToList();

        var attempts = await Task.WhenAll(packages.Select(p => Task.Run(async () =>
        {
            await using var stream = File.OpenRead(p);
            return await Record.ExceptionAsync(async () => await host.Manager.InstallAsync(stream, default));
        })));

        Assert.Single(attempts, a => a is null);
        Assert.All(attempts.OfType<PluginOperationException>(), e => Assert.Equal("plugin.conflict", e.ErrorCode));
        Assert.Equal(3, attempts.Count(a => a is PluginOperationException));
        var info = host.Manager.Get("cc.test.race")!;
        Assert.Equal(PluginState.Active, info.State);
        Assert.Single(Directory.GetDirectories(Path.Combine(host.PluginsDirectory, "cc.test.race")));
        Assert.Equal($"race {info.Version} /", (await DirectHttp.ApiAsync(host, "cc.test.race", "/")).Body);
    }
}
