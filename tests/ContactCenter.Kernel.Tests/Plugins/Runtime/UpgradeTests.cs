using System.Collections.Concurrent;
using System.Diagnostics;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ContactCenter.Kernel.Tests.Plugins.Runtime;

public sealed class UpgradeTests(ITestOutputHelper output)
{
    private const int CallsPerSecond = 50;
    private const int Calls = 250;
    private const int UpgradeAtCall = 75;
    private const int V1AnswersBeforeUpgrade = 10;

    [Fact]
    public async Task UpgradeAsync_UnderSteadyLoadOverHttps_FailsNoCallAndSwitchesToTheNewVersion()
    {
        await using var app = await PluginWebApp.StartAsync();
        await app.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.live", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(app.Work, "v1")), default);
        var v2 = TestPlugin.Create("cc.test.live", "2.0.0").WithSource(Sources.Http).PackZip(Path.Combine(app.Work, "v2.zip"));
        var v1Context = Unload.ContextOf(app.App.Services.GetRequiredService<PluginCatalog>(), "cc.test.live");
        var results = new ConcurrentBag<(long Sent, long Done, int Status, string Body)>();
        var calls = new List<Task>();
        var clock = Stopwatch.StartNew();
        long upgradedAt = 0;
        PluginInfo? upgraded = null;

        using (var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / CallsPerSecond)))
        {
            Task? upgrade = null;
            // The upgrade starts once version 1 has visibly served (not at a fixed time: a loaded machine may answer
            // the first calls only later), and the load goes on at a steady rate until it has started.
            while ((calls.Count < Calls || (upgrade is null && calls.Count < Calls * 4)) && await timer.WaitForNextTickAsync())
            {
                calls.Add(CallAsync(app, clock, results));
                if (upgrade is null && calls.Count >= UpgradeAtCall && results.Count(r => r.Body == "1.0.0") >= V1AnswersBeforeUpgrade)
                {
                    upgrade = Task.Run(async () =>
                    {
                        await using var package = File.OpenRead(v2);
                        upgraded = await app.Manager.UpgradeAsync(package, default);
                        Interlocked.Exchange(ref upgradedAt, clock.ElapsedMilliseconds);
                    });
                }
            }

            Assert.True(upgrade is not null, "version 1 never answered, so the upgrade did not start");
            await upgrade;
        }

        await Task.WhenAll(calls);
        var ordered = results.OrderBy(r => r.Sent).ToList();
        output.WriteLine($"{ordered.Count} calls in {clock.Elapsed.TotalSeconds:0.0} s ({ordered.Count / clock.Elapsed.TotalSeconds:0} per second); v1 {ordered.Count(r => r.Body == "1.0.0")}, v2 {ordered.Count(r => r.Body == "2.0.0")}; upgrade returned at {upgradedAt} ms");

        Assert.Equal(calls.Count, ordered.Count);
        Assert.All(ordered, r => Assert.True(r.Status == 200, $"call at {r.Sent} ms failed: {r.Status} {r.Body}"));
        Assert.All(ordered, r => Assert.True(r.Body is "1.0.0" or "2.0.0", r.Body));
        Assert.True(ordered.Count(r => r.Body == "1.0.0") >= V1AnswersBeforeUpgrade);
        Assert.Equal("2.0.0", ordered[^1].Body);
        Assert.All(ordered.Where(r => r.Sent > upgradedAt), r => Assert.Equal("2.0.0", r.Body));
        // Once version 2 has answered, every call sent afterwards is served by it: the switch never goes back.
        var switchedAt = ordered.Where(r => r.Body == "2.0.0").Min(r => r.Done);
        Assert.All(ordered.Where(r => r.Sent > switchedAt), r => Assert.Equal("2.0.0", r.Body));
        Assert.Equal(PluginState.Active, upgraded!.State);
        Assert.Equal("2.0.0", Assert.Single(upgraded.Versions).Version);
        Assert.True(await Unload.IsCollectedAsync(v1Context), "version 1.0.0 was not collected");
    }

    [Fact]
    public async Task UpgradeAsync_NewVersionFailsToStart_OldVersionKeepsServingAndNothingChanges()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.keep", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "v1")), default);
        var broken = TestPlugin.Create("cc.test.keep", "2.0.0").WithSource(Sources.Startup("throw new InvalidOperationException(\"v2 is broken\");")).PackZip(Path.Combine(host.Work, "v2.zip"));
        var before = await Snapshot.TakeAsync(host);

        await using var stream = File.OpenRead(broken);
        var error = await Assert.ThrowsAsync<PluginOperationException>(async () => await host.Manager.UpgradeAsync(stream, default));

        Assert.Equal("plugin.upgrade-failed", error.ErrorCode);
        Assert.Contains("startup threw InvalidOperationException: v2 is broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("Version 1.0.0 keeps serving", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot.TakeAsync(host));
        var info = host.Manager.Get("cc.test.keep")!;
        Assert.Equal(PluginState.Active, info.State);
        Assert.Equal("1.0.0", info.Version);
        Assert.Equal("cc.test.keep 1.0.0 /", (await DirectHttp.ApiAsync(host, "cc.test.keep", "/")).Body);
    }

    [Fact]
    public async Task UpgradeAsync_SameVersionOrNotInstalled_IsRefused()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.same", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "v1")), default);

        await using var same = File.OpenRead(TestPlugin.Create("cc.test.same", "1.0.0").WithSource(Sources.Http).PackZip(Path.Combine(host.Work, "same.zip")));
        var sameError = await Assert.ThrowsAsync<PluginOperationException>(async () => await host.Manager.UpgradeAsync(same, default));
        await using var other = File.OpenRead(TestPlugin.Create("cc.test.other", "1.0.0").WithSource(Sources.Http).PackZip(Path.Combine(host.Work, "other.zip")));
        var otherError = await Assert.ThrowsAsync<PluginOperationException>(async () => await host.Manager.UpgradeAsync(other, default));

        Assert.Equal("plugin.same-version", sameError.ErrorCode);
        Assert.Equal("plugin.not-installed", otherError.ErrorCode);
    }

    [Fact]
    public async Task UpgradeAsync_DisabledPlugin_ReplacesFilesWithoutLoading()
    {
        await using var host = await PluginTestHost.StartAsync();
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.idle", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "v1")), default);
        await host.Manager.DisableAsync("cc.test.idle", default);

        await using var stream = File.OpenRead(TestPlugin.Create("cc.test.idle", "1.1.0").WithSource(Sources.Http).PackZip(Path.Combine(host.Work, "v2.zip")));
        var info = await host.Manager.UpgradeAsync(stream, default);
        var enabled = await host.Manager.EnableAsync("cc.test.idle", default);

        Assert.Equal(PluginState.Disabled, info.State);
        Assert.Equal("1.1.0", info.Version);
        Assert.False(Directory.Exists(Path.Combine(host.PluginsDirectory, "cc.test.idle", "1.0.0")));
        Assert.Equal(PluginState.Active, enabled.State);
        Assert.Equal("cc.test.idle 1.1.0 /", (await DirectHttp.ApiAsync(host, "cc.test.idle", "/")).Body);
    }

    private static async Task CallAsync(PluginWebApp app, Stopwatch clock, ConcurrentBag<(long, long, int, string)> results)
    {
        var sent = clock.ElapsedMilliseconds;
        try
        {
            using var response = await app.Client.GetAsync("/api/v1/channels/cc.test.live/work");
            var body = await response.Content.ReadAsStringAsync();
            results.Add((sent, clock.ElapsedMilliseconds, (int)response.StatusCode, body));
        }
        catch (HttpRequestException ex)
        {
            results.Add((sent, clock.ElapsedMilliseconds, 0, ex.Message));
        }
    }
}
