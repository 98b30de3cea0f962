using System.Text.Json;
using ContactCenter.Cli.Offline;
using ContactCenter.Cli.Plugins;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel.Plugins;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary>
/// Offline mode's command-line behaviour: the CLI drives an <see cref="IPluginManager"/> directly; a fake one here, so the
/// factory can record that offline mode was chosen. <see cref="PluginsCommandOfflineKernelTests"/> runs the real kernel.
/// </summary>
public sealed class PluginsCommandOfflineTests : IDisposable
{
    private readonly FakePluginManager _plugins = new();
    private readonly PluginFolders _folders = new();
    private readonly List<string> _openedOn = [];

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task List_NoHostJson_GoesOffline()
    {
        _plugins.Add("acme.chat");

        var run = await Cc("plugins", "list");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Path.GetFullPath(_folders.Root)], _openedOn);
        Assert.Contains("acme.chat", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_StaleHostJson_SaysSoAndGoesOffline()
    {
        var stale = new { urls = new[] { "https://127.0.0.1:1" }, pid = int.MaxValue, certificateSha256 = new string('A', 64), version = "0.1.0" };
        await File.WriteAllTextAsync(Path.Combine(_folders.Root, "host.json"), JsonSerializer.Serialize(stale));

        var run = await Cc("plugins", "list");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("is stale", run.Error, StringComparison.Ordinal);
        Assert.Single(_openedOn);
    }

    [Fact]
    public async Task InstallFolder_Offline_InstallsFromTheDirectory()
    {
        var folder = _folders.Folder("acme.chat");

        var run = await Cc("plugins", "install", folder);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["install-dir:" + folder], _plugins.Calls);
    }

    [Fact]
    public async Task EnableAndUninstall_Offline_CallTheManager()
    {
        _plugins.Add("acme.chat", enabled: false, state: Sdk.Plugins.PluginState.Disabled);

        var enable = await Cc("plugins", "enable", "acme.chat");
        var uninstall = await Cc("plugins", "uninstall", "acme.chat");

        Assert.Equal(ExitCodes.Success, enable.ExitCode);
        Assert.Equal(ExitCodes.Success, uninstall.ExitCode);
        Assert.Equal(["enable:acme.chat", "uninstall:acme.chat"], _plugins.Calls);
    }

    [Fact]
    public async Task Disable_UnknownPluginOffline_ExitsRefusedAndChangesNothing()
    {
        var run = await Cc("plugins", "disable", "nope");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("No plugin with id 'nope'", run.Error, StringComparison.Ordinal);
        Assert.Empty(_plugins.Calls);
    }

    [Fact]
    public async Task Upgrade_RefusedOffline_ExitsRefusedWithTheCode()
    {
        _plugins.Add("acme.chat");
        _plugins.OperationError = new PluginOperationException("plugin.sdk-unsupported", "Needs SDK [2.0,3.0).");

        var run = await Cc("plugins", "upgrade", _folders.Zip("acme.chat", "2.0.0"));

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("Needs SDK [2.0,3.0). (plugin.sdk-unsupported)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_PackageWithoutManifest_IsAUsageError()
    {
        var empty = Path.Combine(_folders.Root, "empty.zip");
        await File.WriteAllBytesAsync(empty, [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        var run = await Cc("plugins", "upgrade", empty);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("holds no plugin.json", run.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync(Open, [.. args, "--data-dir", _folders.Root]);

    private ValueTask<IPluginOperations> Open(string dataDirectory, CancellationToken cancellationToken)
    {
        _openedOn.Add(dataDirectory);
        return ValueTask.FromResult<IPluginOperations>(new OfflinePluginOperations(_plugins, NoApprovals.Instance, NothingToDispose.Instance));
    }

    private sealed class NoApprovals : Kernel.Plugins.Approvals.IPluginPermissionApprovals
    {
        public static readonly NoApprovals Instance = new();

        public ValueTask<Kernel.Plugins.Approvals.PluginPermissionsView> GetAsync(string pluginId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Kernel.Plugins.Approvals.PluginPermissionsView> ApproveAsync(string pluginId, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Kernel.Plugins.Approvals.PluginPermissionsView> RevokeAsync(string pluginId, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class NothingToDispose : IAsyncDisposable
    {
        public static readonly NothingToDispose Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
