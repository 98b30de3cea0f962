using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Errors;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Tests.Plugins.Approvals;

/// <summary>Every plugin call to the kernel is checked against the plugin's request and the current approval.</summary>
public sealed class PluginPermissionEnforcementTests
{
    private const string Id = "cc.test.caller";

    [Fact]
    public async Task Call_RequestedButNotApproved_IsRefusedWith403AndChangesNothing()
    {
        var (host, interactions) = await StartAsync();
        await using var _ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);

        var response = await DirectHttp.ApiAsync(host, Id, "/create");

        Assert.Equal(403, response.Status);
        var detail = Detail(response.Body);
        Assert.Contains($"Plugin '{Id}' may not create an interaction", detail, StringComparison.Ordinal);
        Assert.Contains("'interactions.write', which an administrator has not approved", detail, StringComparison.Ordinal);
        Assert.Empty(interactions.Created);
        Assert.Equal("denied interactions.write", (await DirectHttp.ApiAsync(host, Id, "/caught")).Body);
    }

    [Fact]
    public async Task Call_AfterApproval_IsAllowedWithoutRestart()
    {
        var (host, interactions) = await StartAsync();
        await using var _ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);
        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);

        await Approvals(host).ApproveAsync(Id, [InteractionsWrite]);
        var response = await DirectHttp.ApiAsync(host, Id, "/create");

        Assert.Equal((200, "created i-1"), (response.Status, response.Body));
        Assert.Equal(Id, Assert.Single(interactions.Created).PluginId);
    }

    [Fact]
    public async Task Call_AfterRevocation_IsRefusedAtOnce()
    {
        var (host, interactions) = await StartAsync();
        await using var _ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);
        await Approvals(host).ApproveAsync(Id, [InteractionsWrite]);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);

        var after = await Approvals(host).RevokeAsync(Id, [InteractionsWrite]);

        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
        Assert.Single(interactions.Created);
        Assert.Empty(after.Approved);
        Assert.Equal([InteractionsWrite], after.Revoked);
        Assert.Equal([InteractionsWrite], host.Manager.Get(Id)!.PendingPermissions);
    }

    [Fact]
    public async Task Call_ApprovedButNotRequested_IsRefused()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);
        await Approvals(host).ApproveAsync(Id, [InteractionsWrite]);

        var response = await DirectHttp.ApiAsync(host, Id, "/publish");

        Assert.Equal(403, response.Status);
        Assert.Contains("which its plugin.json does not request", Detail(response.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_DoNotFaultThePlugin()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
        }

        Assert.Equal(Sdk.Plugins.PluginState.Active, host.Manager.Get(Id)!.State);
    }

    [Fact]
    public async Task Upgrade_RequestingMore_RunsWithTheApprovedSubsetAndShowsThePending()
    {
        var (host, interactions) = await StartAsync();
        await using var _ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);
        await Approvals(host).ApproveAsync(Id, [InteractionsWrite]);

        await using (var package = File.OpenRead(Plugin("2.0.0", InteractionsWrite, EventsSubscribe).PackZip(Path.Combine(host.Work, "v2.zip"))))
        {
            await host.Manager.UpgradeAsync(package, default);
        }

        var info = host.Manager.Get(Id)!;
        Assert.Equal(("2.0.0", Sdk.Plugins.PluginState.Active), (info.Version, info.State));
        Assert.Equal([InteractionsWrite], info.ApprovedPermissions);
        Assert.Equal([EventsSubscribe], info.PendingPermissions);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/publish")).Status);

        await Approvals(host).ApproveAsync(Id, [EventsSubscribe]);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, Id, "/publish")).Status);
        Assert.Single(interactions.Created);
    }

    [Fact]
    public async Task Approve_UnknownOrUnrequestedPermission_IsRefusedAndChangesNothing()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Approvals(host).ApproveAsync(Id, [InteractionsWrite, "interactions.everything", KeysManage]).AsTask());

        Assert.Contains("'interactions.everything' is not a known permission", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not request 'keys.manage'", error.Message, StringComparison.Ordinal);
        Assert.Empty((await Approvals(host).GetAsync(Id)).Approved);
        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    [Fact]
    public async Task Uninstall_ForgetsTheApproval_ReinstallStartsWithNothing()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);
        await Approvals(host).ApproveAsync(Id, [InteractionsWrite]);

        await host.Manager.UninstallAsync(Id, default);
        await InstallAsync(host, "1.0.0", InteractionsWrite);

        Assert.Equal(403, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    [Fact]
    public async Task Approval_SurvivesARestart()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        await InstallAsync(host, "1.0.0", InteractionsWrite);
        await Approvals(host).ApproveAsync(Id, [InteractionsWrite]);

        await host.RestartAsync();

        Assert.Equal([InteractionsWrite], host.Manager.Get(Id)!.ApprovedPermissions);
        Assert.Equal(200, (await DirectHttp.ApiAsync(host, Id, "/create")).Status);
    }

    private static string Detail(string problem) =>
        System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;

    internal static IPluginPermissionApprovals Approvals(PluginTestHost host) => host.Services.GetRequiredService<IPluginPermissionApprovals>();

    private static async Task<(PluginTestHost, RecordingInteractionService)> StartAsync()
    {
        var interactions = new RecordingInteractionService();
        return (await PluginTestHost.StartAsync(services: s => s.AddSingleton<IKernelInteractionService>(interactions)), interactions);
    }

    private static TestPlugin Plugin(string version, params string[] permissions) =>
        TestPlugin.Create(Id, version).WithSource(PermissionSources.Caller).WithPermissions(permissions);

    private static async Task InstallAsync(PluginTestHost host, string version, params string[] permissions) =>
        await host.Manager.InstallFromDirectoryAsync(Plugin(version, permissions).BuildToDirectory(Path.Combine(host.Work, Guid.NewGuid().ToString("N"))), default);
}
