using System.Reflection;
using Autofac.Core;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins.Runtime;

/// <summary>
/// The flake that was not one: once a collection took Autofac's weakly held shared cache set, every plugin unloaded
/// afterwards stayed pinned by the integration's static caches. Runs alone: it replaces a process-wide singleton.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AutofacReflectionCachesTests
{
    [Fact]
    public void Found_IncludesTheKeyedServicesUsageCache() =>
        Assert.Contains(AutofacReflectionCaches.Found, cache => cache.GetType().FullName!.Contains("FromKeyedServicesUsage", StringComparison.Ordinal));

    [Fact]
    public async Task DisableAsync_AfterAutofacReCreatedItsSharedCacheSet_LoadContextIsCollected()
    {
        // The integration's caches register with the shared set in their static constructors: make sure they have,
        // then do what a garbage collection does to the weakly held set, so the set Autofac re-creates does not know them.
        Assert.NotEmpty(AutofacReflectionCaches.Found);
        ForgetSharedReflectionCacheSet();
        await using var host = await PluginTestHost.StartAsync();
        var source = Sources.Startup(
            "services.AddSingleton<IPluginBackgroundService, Worker>();",
            "public sealed class Worker : IPluginBackgroundService { public Task StartAsync(CancellationToken ct) => Task.CompletedTask; public Task StopAsync(CancellationToken ct) => Task.CompletedTask; }");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.autofac", "1.0.0").WithSource(source).BuildToDirectory(Path.Combine(host.Work, "a")), default);
        var context = Unload.ContextOf(host.Catalog, "cc.test.autofac");

        var info = await host.Manager.DisableAsync("cc.test.autofac", default);

        Assert.Equal(PluginState.Disabled, info.State);
        Assert.True(await Unload.IsCollectedAsync(context), "the plugin's load context is still alive");
    }

    private static void ForgetSharedReflectionCacheSet()
    {
        var shared = typeof(ReflectionCacheSet).GetField("_sharedSet", BindingFlags.Static | BindingFlags.NonPublic);
        Assert.True(shared is not null, "Autofac no longer holds its shared cache set in _sharedSet: revisit AutofacReflectionCaches and this test");
        shared.SetValue(null, null);
    }
}
