using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Plugins.Runtime;

/// <summary>Unloading is proved after the plugin has really been used, and a plugin that leaks is shown, not hidden.</summary>
public sealed class UnloadTests
{
    private const string Journal = "p.cc.test.used.journal";

    [Fact]
    public async Task DisableAsync_AfterRealUse_LoadContextIsCollected()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallUsedAndExerciseAsync(host, "1.0.0");
        var context = Unload.ContextOf(host.Catalog, "cc.test.used");

        var info = await host.Manager.DisableAsync("cc.test.used", default);

        Assert.Equal(PluginState.Disabled, info.State);
        Assert.Empty(info.Versions);
        Assert.True(await Unload.IsCollectedAsync(context), "the plugin's load context is still alive");
    }

    [Fact]
    public async Task UpgradeAsync_AfterRealUse_OldLoadContextIsCollected()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallUsedAndExerciseAsync(host, "1.0.0");
        var context = Unload.ContextOf(host.Catalog, "cc.test.used");
        var package = UsedPlugin("2.0.0").PackZip(Path.Combine(host.Work, "used2.zip"));

        await using var stream = File.OpenRead(package);
        var info = await host.Manager.UpgradeAsync(stream, default);

        Assert.Equal(PluginState.Active, info.State);
        Assert.Equal("2.0.0", Assert.Single(info.Versions).Version);
        Assert.True(await Unload.IsCollectedAsync(context), "version 1.0.0's load context is still alive");
        Assert.False(Directory.Exists(Path.Combine(host.PluginsDirectory, "cc.test.used", "1.0.0")));
    }

    [Fact]
    public async Task DisableAsync_AfterRealUse_TimerAndSubscriptionNoLongerRun()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallUsedAndExerciseAsync(host, "1.0.0");

        await host.Manager.DisableAsync("cc.test.used", default);
        var timerVersion = (await host.Store.GetAsync(Journal, "timer", default))!.Version;
        await host.Bus.PublishAsync(CloudEvent.Create("test.ping", "/tests", null, DateTimeOffset.UnixEpoch, "after", ContactCenterJson.CreateOptions()));
        await Task.Delay(300);

        Assert.Equal(timerVersion, (await host.Store.GetAsync(Journal, "timer", default))!.Version);
        Assert.NotEqual("after", ReadDetail((await host.Store.GetAsync(Journal, "event", default))!.Json));
    }

    [Fact]
    public async Task HostStop_UnloadsEveryPluginWithoutVerifyingCollection()
    {
        // A plugin that cannot be collected: were its collection verified, it would end UnloadFailed.
        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:UnloadVerificationAttempts"] = "4");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.leak.appcontext", "1.0.0").WithSource(Sources.LeakAppContext).BuildToDirectory(Path.Combine(host.Work, "leak")), default);
        Assert.Equal(PluginState.Active, host.Manager.List().Single(p => p.Id == "cc.test.leak.appcontext").State);

        await host.Host.StopAsync();

        var info = host.Manager.List().Single(p => p.Id == "cc.test.leak.appcontext");
        Assert.Equal(PluginState.Disabled, info.State);
        Assert.Equal("The host is stopping.", info.StateReason);
    }

    [Fact]
    public async Task DisableAsync_PluginStoringItsObjectInAppContext_IsUnloadFailedWithReason()
    {
        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:UnloadVerificationAttempts"] = "4");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.leak.appcontext", "1.0.0").WithSource(Sources.LeakAppContext).BuildToDirectory(Path.Combine(host.Work, "leak")), default);

        var info = await host.Manager.DisableAsync("cc.test.leak.appcontext", default);

        Assert.Equal(PluginState.UnloadFailed, info.State);
        Assert.Contains("was not collected", info.StateReason, StringComparison.Ordinal);
        var version = Assert.Single(info.Versions);
        Assert.Equal(PluginState.UnloadFailed, version.State);
        Assert.Equal(PluginState.UnloadFailed, host.Manager.List().Single(p => p.Id == "cc.test.leak.appcontext").State);
    }

    [Fact]
    public async Task DisableAsync_PluginSubscribedToProcessExit_IsUnloadFailedWithReason()
    {
        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:UnloadVerificationAttempts"] = "4");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.leak.exit", "1.0.0").WithSource(Sources.LeakProcessExit).BuildToDirectory(Path.Combine(host.Work, "leak")), default);

        var info = await host.Manager.DisableAsync("cc.test.leak.exit", default);

        Assert.Equal(PluginState.UnloadFailed, info.State);
        Assert.Contains("something still references the plugin's types", info.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UninstallAsync_PluginThatLeaks_StaysListedAsUnloadFailed()
    {
        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:UnloadVerificationAttempts"] = "4");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.leak.gone", "1.0.0").WithSource(Sources.LeakAppContext).BuildToDirectory(Path.Combine(host.Work, "leak")), default);

        await host.Manager.UninstallAsync("cc.test.leak.gone", default);

        var info = host.Manager.Get("cc.test.leak.gone");
        Assert.NotNull(info);
        Assert.False(info.Enabled);
        Assert.Equal(PluginState.UnloadFailed, info.State);
    }

    [Fact]
    public async Task DisableAsync_PluginSerializingWithDefaultOptions_IsCollectedBecauseTheHostClearsSerializerCaches()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.defaultjson", "1.0.0").WithSource(Sources.DefaultJson).BuildToDirectory(Path.Combine(host.Work, "json")), default);
        var context = Unload.ContextOf(host.Catalog, "cc.test.defaultjson");

        var info = await host.Manager.DisableAsync("cc.test.defaultjson", default);

        Assert.Equal(PluginState.Disabled, info.State);
        Assert.True(await Unload.IsCollectedAsync(context));
    }

    [Fact]
    public async Task DisableAsync_PluginResolvingAFrameworkOpenGenericForItsType_IsCollectedBecauseTheHostClearsAutofacCaches()
    {
        // Autofac's DI integration caches List<Item> under the framework's assembly, which the load-context scope's
        // clearing never matches; the host empties those caches itself (AutofacReflectionCaches).
        await using var host = await PluginTestHost.StartAsync();
        var source = Sources.Startup(
            "services.AddSingleton(typeof(IList<>), typeof(List<>)); services.AddSingleton<IPluginBackgroundService, W>();",
            "public sealed class Item { } public sealed class W(IList<Item> items) : IPluginBackgroundService { public Task StartAsync(CancellationToken ct) => Task.CompletedTask; public Task StopAsync(CancellationToken ct) => Task.CompletedTask; }");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.opengeneric", "1.0.0").WithSource(source).BuildToDirectory(Path.Combine(host.Work, "g")), default);
        var context = Unload.ContextOf(host.Catalog, "cc.test.opengeneric");

        var info = await host.Manager.DisableAsync("cc.test.opengeneric", default);

        Assert.Equal(PluginState.Disabled, info.State);
        Assert.True(await Unload.IsCollectedAsync(context));
    }

    private static TestPlugin UsedPlugin(string version) =>
        TestPlugin.Create("cc.test.used", version).WithCollection("notes", "text").WithSource(Sources.Used).WithPermissions(Sdk.Permissions.EventsSubscribe);

    private static async Task InstallUsedAndExerciseAsync(PluginTestHost host, string version)
    {
        await host.Services.GetRequiredService<Kernel.Plugins.Approvals.PluginPermissionApprovals>().AutoApproveAsync("cc.test.used", [Sdk.Permissions.EventsSubscribe], default);
        var info = await host.Manager.InstallFromDirectoryAsync(UsedPlugin(version).BuildToDirectory(Path.Combine(host.Work, "used" + version)), default);
        Assert.Equal(PluginState.Active, info.State);
        Assert.Equal("hello", ReadDetail((await Eventually.GetAsync(() => host.Store.GetAsync(Journal, "serialized", default).AsTask(), "serialization"))!.Json));
        Assert.Equal("1", ReadDetail((await Eventually.GetAsync(() => host.Store.GetAsync(Journal, "queried", default).AsTask(), "the query"))!.Json));
        await Eventually.GetAsync(() => host.Store.GetAsync(Journal, "timer", default).AsTask(), "the timer");
        await host.Bus.PublishAsync(CloudEvent.Create("test.ping", "/tests", null, DateTimeOffset.UnixEpoch, "ping", ContactCenterJson.CreateOptions()));
        var received = await Eventually.GetAsync(() => host.Store.GetAsync(Journal, "event", default).AsTask(), "the event");
        Assert.Equal("ping", ReadDetail(received.Json));
    }

    private static string? ReadDetail(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("text").GetString();
}
