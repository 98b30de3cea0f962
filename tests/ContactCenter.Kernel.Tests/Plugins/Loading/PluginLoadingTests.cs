using System.Text.Json.Nodes;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins.Loading;

public sealed class PluginLoadingTests
{
    [Fact]
    public async Task InstallAsync_PluginShippingItsOwnSdkCopy_BindsToTheHostSdk()
    {
        await using var host = await PluginTestHost.StartAsync();
        var dir = TestPlugin.Create("cc.test.sdkcopy", "1.0.0").WithSource(Sources.Http).WithSdkCopy().BuildToDirectory(Path.Combine(host.Work, "copy"));
        Assert.True(File.Exists(Path.Combine(dir, "ContactCenter.Sdk.dll")));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.Active, info.State);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.sdkcopy", "/")).Status);
        var context = host.Catalog.Get("cc.test.sdkcopy")!.Current!.Context!.LoadContext;
        Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == "ContactCenter.Sdk");
    }

    [Fact]
    public async Task InstallAsync_AssemblyIsNotDotNet_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var dir = TestPlugin.Create("cc.test.garbage", "1.0.0").WithoutAssembly().WithFile("cc.test.garbage.dll", "MZ but not really"u8.ToArray()).BuildToDirectory(Path.Combine(host.Work, "g"));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("BadImageFormatException", info.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAsync_DependencyMissing_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var helper = Path.Combine(host.Work, "helper", "Cc.Helper.dll");
        TestPluginCompiler.Compile("Cc.Helper", ["namespace Cc.Helper; public static class Greeter { public static string Hello() => \"hi\"; }"], helper);
        var dir = TestPlugin.Create("cc.test.nodep", "1.0.0").WithReference(helper).WithSource(Sources.Startup("_ = Cc.Helper.Greeter.Hello();")).BuildToDirectory(Path.Combine(host.Work, "p"));
        File.Delete(Path.Combine(dir, "Cc.Helper.dll"));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("FileNotFoundException", info.StateReason, StringComparison.Ordinal);
        Assert.Contains("built for another SDK version", info.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAsync_MethodMissingFromShippedDependency_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var newer = Path.Combine(host.Work, "newer", "Cc.Helper.dll");
        var older = Path.Combine(host.Work, "older", "Cc.Helper.dll");
        TestPluginCompiler.Compile("Cc.Helper", ["namespace Cc.Helper; public static class Greeter { public static string Hello() => \"hi\"; }"], newer);
        TestPluginCompiler.Compile("Cc.Helper", ["namespace Cc.Helper; public static class Greeter { }"], older);
        var dir = TestPlugin.Create("cc.test.nomethod", "1.0.0").WithReference(newer).WithSource(Sources.Startup("_ = Cc.Helper.Greeter.Hello();")).BuildToDirectory(Path.Combine(host.Work, "p"));
        File.Copy(older, Path.Combine(dir, "Cc.Helper.dll"), overwrite: true);

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("MissingMethodException", info.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAsync_DeclaredKindWithoutContract_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var dir = TestPlugin.Create("cc.test.nochannel", "1.0.0").WithKinds(PluginKinds.Channel).WithSource(Sources.Startup("")).BuildToDirectory(Path.Combine(host.Work, "p"));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Equal("plugin.json declares kind 'channel' but the plugin registers no IChannel.", info.StateReason);
    }

    [Fact]
    public async Task InstallAsync_ContractOfUndeclaredKind_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var source = Sources.Startup(
            "services.AddSingleton<IRoutingStrategy, S>();",
            "public sealed class S : IRoutingStrategy { public string Name => \"s\"; public ValueTask<RoutingDecision> RankAsync(RoutingRequest r, CancellationToken ct) => ValueTask.FromResult(RoutingDecision.None); }");
        var dir = TestPlugin.Create("cc.test.sneaky", "1.0.0").WithKinds(PluginKinds.Extension).WithSource(source).BuildToDirectory(Path.Combine(host.Work, "p"));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Equal("The plugin registers a IRoutingStrategy but plugin.json does not declare kind 'routing'.", info.StateReason);
        Assert.DoesNotContain("s", host.Routing.Names);
    }

    [Fact]
    public async Task InstallAsync_TwoStartupsWithoutStartupProperty_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var dir = TestPlugin.Create("cc.test.twostartups", "1.0.0").WithSource(Sources.Startup("") + "\npublic sealed class Other : IPluginStartup { public void ConfigureServices(IServiceCollection s, PluginStartupContext c) { } }")
            .BuildToDirectory(Path.Combine(host.Work, "p"));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("has 2 IPluginStartup types", info.StateReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Other", PluginState.Active)]
    [InlineData("Missing", PluginState.NotSupported)]
    public async Task InstallAsync_StartupProperty_SelectsTheType(string startup, PluginState expected)
    {
        await using var host = await PluginTestHost.StartAsync();
        var dir = TestPlugin.Create("cc.test.named", "1.0.0").WithStartup(startup).WithSource(Sources.Startup("") + "\npublic sealed class Other : IPluginStartup { public void ConfigureServices(IServiceCollection s, PluginStartupContext c) { } }")
            .BuildToDirectory(Path.Combine(host.Work, "p"));

        var info = await host.Manager.InstallFromDirectoryAsync(dir, default);

        Assert.Equal(expected, info.State);
    }

    [Fact]
    public async Task InstallAsync_TwoHttpHandlers_IsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        var source = Sources.Startup(
            "services.AddSingleton<IPluginHttpHandler, H>(); services.AddSingleton<IPluginHttpHandler, H>();",
            "public sealed class H : IPluginHttpHandler { public ValueTask HandleAsync(IPluginHttpContext c, CancellationToken ct) => ValueTask.CompletedTask; }");

        var info = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.twohandlers", "1.0.0").WithSource(source).BuildToDirectory(Path.Combine(host.Work, "p")), default);

        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("more than one IPluginHttpHandler", info.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartAsync_RegisteredVersionFilesMissing_IsNotSupportedWithReason()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.vanished", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "p")), default);
        await host.Host.StopAsync();
        Directory.Delete(Path.Combine(host.PluginsDirectory, "cc.test.vanished"), recursive: true);

        await host.RestartAsync();

        var info = host.Manager.Get("cc.test.vanished")!;
        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("The files of version 1.0.0 are missing or invalid", info.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartAsync_DroppedFolderForAnotherSdk_IsRegisteredAsNotSupported()
    {
        await using var host = await PluginTestHost.StartAsync();
        TestPlugin.Create("cc.test.future", "1.0.0").WithSource(Sources.Http).WithManifestProperty("sdk", JsonValue.Create("[2.0.0, )"))
            .BuildToDirectory(Path.Combine(host.PluginsDirectory, "future"));

        await host.RestartAsync();

        var info = host.Manager.Get("cc.test.future")!;
        Assert.Equal(PluginState.NotSupported, info.State);
        Assert.Contains("requires ContactCenter SDK [2.0.0, )", info.StateReason, StringComparison.Ordinal);
        Assert.Contains($"this host provides SDK {ManifestRules.HostSdkVersion}", info.StateReason, StringComparison.Ordinal);
    }
}
