using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Tests.Plugins.Approvals;

/// <summary>Bundled plugins get what they request (as the system) when <c>CC:Plugins:AutoApproveBundled</c> is on; uploads never.</summary>
public sealed class BundledAutoApproveTests
{
    private const string Id = "cc.test.bundled.caller";

    [Fact]
    public async Task Start_AutoApproveOn_BundledRequestsApprovedBySystem()
    {
        using var bundled = Bundle();
        var observer = new RecordingPermissionObserver();

        await using var host = await StartAsync(bundled, observer, autoApprove: null);

        var permissions = await Approvals(host).GetAsync(Id);
        Assert.Equal([InteractionsWrite], permissions.Approved);
        Assert.Equal("system", permissions.ChangedBy);
        var change = Assert.Single(observer.Changes);
        Assert.Equal(("auto-approved", (PluginApproval?)null), (change.Action, change.Before));
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    [Fact]
    public async Task Start_AutoApproveOff_BundledStartsWithNothingApproved()
    {
        using var bundled = Bundle();
        var observer = new RecordingPermissionObserver();

        await using var host = await StartAsync(bundled, observer, autoApprove: "false");

        var permissions = await Approvals(host).GetAsync(Id);
        Assert.Empty(permissions.Approved);
        Assert.Equal([InteractionsWrite], permissions.Pending);
        Assert.Empty(observer.Changes);
        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    [Fact]
    public async Task Restart_AfterAdminRevoked_IsNotApprovedAgain()
    {
        using var bundled = Bundle();
        await using var host = await StartAsync(bundled, new RecordingPermissionObserver(), autoApprove: null);
        await Approvals(host).RevokeAsync(Id, [InteractionsWrite]);

        await host.RestartAsync();

        Assert.Empty((await Approvals(host).GetAsync(Id)).Approved);
        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    [Fact]
    public async Task Upload_IsNeverAutoApproved()
    {
        using var bundled = new TempDirectory();
        await using var host = await StartAsync(bundled, new RecordingPermissionObserver(), autoApprove: null);
        await using (var package = File.OpenRead(Plugin().PackZip(Path.Combine(host.Work, "upload.zip"))))
        {
            await host.Manager.InstallAsync(package, default);
        }

        Assert.Empty((await Approvals(host).GetAsync(Id)).Approved);
        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    private static IPluginPermissionApprovals Approvals(PluginTestHost host) => PluginPermissionEnforcementTests.Approvals(host);

    private static TestPlugin Plugin() => TestPlugin.Create(Id, "1.0.0").WithSource(PermissionSources.Caller).WithPermissions(InteractionsWrite);

    private static TempDirectory Bundle()
    {
        var folder = new TempDirectory();
        Plugin().PackZip(Path.Combine(folder.Path, $"{Id}-1.0.0.zip"));
        return folder;
    }

    private static Task<PluginTestHost> StartAsync(TempDirectory bundled, RecordingPermissionObserver observer, string? autoApprove) =>
        PluginTestHost.StartAsync(
            s =>
            {
                s["CC:Plugins:BundledDirectory"] = bundled.Path;
                if (autoApprove is not null)
                {
                    s["CC:Plugins:AutoApproveBundled"] = autoApprove;
                }
            },
            s =>
            {
                s.AddSingleton<Kernel.Interactions.IKernelInteractionService>(new RecordingInteractionService());
                s.TryAddEnumerable(ServiceDescriptor.Singleton<IPluginPermissionObserver>(observer));
            });
}
