using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins.Isolation;

/// <summary>
/// A plugin that throws, blocks a thread forever, or returns a task that never completes is isolated and Faulted with
/// the reason; other plugins and the kernel keep serving; health checks answer within their budget.
/// </summary>
public sealed class MisbehavingPluginTests
{
    private const string Misbehaving = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginHttpHandler, Handler>();
        }

        public sealed class Handler : IPluginHttpHandler
        {
            public async ValueTask HandleAsync(IPluginHttpContext http, CancellationToken ct)
            {
                switch (http.Path)
                {
                    case "/throw": throw new InvalidOperationException("handler exploded");
                    case "/block": Thread.Sleep(Timeout.Infinite); break;
                    case "/never": await new TaskCompletionSource().Task; break;
                    default: await http.Response.WriteTextAsync("fine", cancellationToken: ct); break;
                }
            }
        }
        """;

    private static void ShortBudgets(Dictionary<string, string?> settings)
    {
        settings["CC:Plugins:CallBudget"] = "00:00:02";
        settings["CC:Plugins:HttpBudget"] = "00:00:01";
        settings["CC:Plugins:UnloadVerificationAttempts"] = "3";
    }

    [Theory]
    [InlineData("throw new InvalidOperationException(\"startup exploded\");", "startup threw InvalidOperationException: startup exploded")]
    [InlineData("Thread.Sleep(Timeout.Infinite);", "startup did not complete within 2 s")]
    public async Task InstallAsync_StartupMisbehaves_IsFaultedWithReasonAndOthersKeepServing(string startup, string reason)
    {
        await using var host = await PluginTestHost.StartAsync(ShortBudgets);
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.good", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "good")), default);

        var info = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.bad", "1.0.0").WithSource(Sources.Startup(startup)).BuildToDirectory(Path.Combine(host.Work, "bad")), default);

        Assert.Equal(PluginState.Faulted, info.State);
        Assert.Contains(reason, info.StateReason, StringComparison.Ordinal);
        Assert.Equal(503, (await DirectHttp.ApiAsync(host, "cc.test.bad", "/")).Status);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.good", "/")).Status);
    }

    [Fact]
    public async Task InstallAsync_BackgroundServiceStartNeverCompletes_IsFaultedWithReason()
    {
        await using var host = await PluginTestHost.StartAsync(ShortBudgets);
        var source = Sources.Startup(
            "services.AddSingleton<IPluginBackgroundService, Stuck>();",
            "public sealed class Stuck : IPluginBackgroundService { public Task StartAsync(CancellationToken ct) => new TaskCompletionSource().Task; public Task StopAsync(CancellationToken ct) => Task.CompletedTask; }");

        var info = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.stuck", "1.0.0").WithSource(source).BuildToDirectory(Path.Combine(host.Work, "stuck")), default);

        Assert.Equal(PluginState.Faulted, info.State);
        Assert.Equal("background service Stuck start did not complete within 2 s", info.StateReason);
    }

    [Theory]
    [InlineData("/throw", 500, "HTTP handler threw InvalidOperationException: handler exploded")]
    [InlineData("/block", 504, "HTTP handler did not complete within 1 s")]
    [InlineData("/never", 504, "HTTP handler did not complete within 1 s")]
    public async Task DispatchApiAsync_HandlerMisbehaves_PluginIsFaultedAfterTheBreakerTrips(string path, int status, string reason)
    {
        await using var host = await PluginTestHost.StartAsync(ShortBudgets);
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.good", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "good")), default);
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.bad", "1.0.0").WithSource(Misbehaving).BuildToDirectory(Path.Combine(host.Work, "bad")), default);

        var first = await DirectHttp.ApiAsync(host, "cc.test.bad", path);
        var stillActive = host.Manager.Get("cc.test.bad")!.State;
        var second = await DirectHttp.ApiAsync(host, "cc.test.bad", path);
        var afterFault = await DirectHttp.ApiAsync(host, "cc.test.bad", "/fine");

        Assert.Equal(status, first.Status);
        Assert.Equal(PluginState.Active, stillActive);
        Assert.Equal(status, second.Status);
        var info = host.Manager.Get("cc.test.bad")!;
        Assert.Equal(PluginState.Faulted, info.State);
        Assert.Equal(reason, info.StateReason);
        Assert.Equal(503, afterFault.Status);
        Assert.Equal("7", afterFault.Headers.RetryAfter.ToString());
        Assert.Contains("faulted", afterFault.Body, StringComparison.Ordinal);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.good", "/")).Status);
    }

    [Fact]
    public async Task EnableAsync_FaultedPluginAfterDisable_ServesAgain()
    {
        await using var host = await PluginTestHost.StartAsync(ShortBudgets);
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.bad", "1.0.0").WithSource(Misbehaving).BuildToDirectory(Path.Combine(host.Work, "bad")), default);
        await DirectHttp.ApiAsync(host, "cc.test.bad", "/throw");
        await DirectHttp.ApiAsync(host, "cc.test.bad", "/throw");
        Assert.Equal(PluginState.Faulted, host.Manager.Get("cc.test.bad")!.State);

        await host.Manager.DisableAsync("cc.test.bad", default);
        var info = await host.Manager.EnableAsync("cc.test.bad", default);

        Assert.Equal(PluginState.Active, info.State);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.bad", "/fine")).Status);
    }

    [Fact]
    public async Task CheckHealthAsync_HealthChecksThatBlockOrHang_AnswersWithinBudgetAndReportsThem()
    {
        await using var host = await PluginTestHost.StartAsync(s => s["CC:Plugins:BreakerFailureThreshold"] = "100");
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.good", "1.0.0").WithSource(Sources.Http).BuildToDirectory(Path.Combine(host.Work, "good")), default);
        await host.Manager.InstallFromDirectoryAsync(HealthPlugin("cc.test.blocks", "Thread.Sleep(Timeout.Infinite); return ValueTask.FromResult(PluginHealth.Healthy);").BuildToDirectory(Path.Combine(host.Work, "b")), default);
        await host.Manager.InstallFromDirectoryAsync(HealthPlugin("cc.test.hangs", "return new ValueTask<PluginHealth>(new TaskCompletionSource<PluginHealth>().Task);").BuildToDirectory(Path.Combine(host.Work, "h")), default);
        await host.Manager.InstallFromDirectoryAsync(HealthPlugin("cc.test.degraded", "return ValueTask.FromResult(new PluginHealth(PluginHealthStatus.Degraded, \"upstream slow\"));").BuildToDirectory(Path.Combine(host.Work, "d")), default);

        var reports = await host.Manager.CheckHealthAsync(TimeSpan.FromSeconds(1), default).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(PluginHealthStatus.Healthy, reports.Single(r => r.PluginId == "cc.test.good").Status);
        Assert.Equal(PluginHealthStatus.Degraded, reports.Single(r => r.PluginId == "cc.test.degraded").Status);
        Assert.Equal("upstream slow", reports.Single(r => r.PluginId == "cc.test.degraded").Description);
        foreach (var id in new[] { "cc.test.blocks", "cc.test.hangs" })
        {
            var report = reports.Single(r => r.PluginId == id);
            Assert.Equal(PluginHealthStatus.Unhealthy, report.Status);
            Assert.Contains("did not complete within 1 s", report.Description, StringComparison.Ordinal);
        }

        Assert.Equal(200, (await DirectHttp.ApiAsync(host, "cc.test.good", "/")).Status);
    }

    [Fact]
    public async Task CheckHealthAsync_FaultedPlugin_IsUnhealthyWithItsReason()
    {
        await using var host = await PluginTestHost.StartAsync(ShortBudgets);
        await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.bad", "1.0.0").WithSource(Sources.Startup("throw new InvalidOperationException(\"no\");")).BuildToDirectory(Path.Combine(host.Work, "bad")), default);

        var report = Assert.Single(await host.Manager.CheckHealthAsync(TimeSpan.FromSeconds(1), default));

        Assert.Equal(PluginState.Faulted, report.State);
        Assert.Equal(PluginHealthStatus.Unhealthy, report.Status);
        Assert.Contains("startup threw InvalidOperationException: no", report.Description, StringComparison.Ordinal);
    }

    private static TestPlugin HealthPlugin(string id, string body) =>
        TestPlugin.Create(id, "1.0.0").WithSource(Sources.Startup(
            "services.AddSingleton<IPluginHealthCheck, Check>();",
            $"public sealed class Check : IPluginHealthCheck {{ public ValueTask<PluginHealth> CheckAsync(CancellationToken ct) {{ {body} }} }}"));
}
