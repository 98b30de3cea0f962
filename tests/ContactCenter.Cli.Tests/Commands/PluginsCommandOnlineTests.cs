using System.IO.Compression;
using System.Text.Json;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary>The CLI against the real host over HTTPS, pinned to its certificate; the plugin manager is a fake.</summary>
public sealed class PluginsCommandOnlineTests : IAsyncLifetime, IDisposable
{
    private readonly FakePluginManager _plugins = new();
    private readonly PluginFolders _folders = new();
    private RunningHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await RunningHost.StartAsync(builder => builder.Services.AddSingleton<IPluginManager>(_plugins));

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task List_HostRunning_PrintsTheHostsPlugins()
    {
        _plugins.Add("acme.chat");

        var run = await Cc("plugins", "list");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"acme\.chat +1\.0\.0 +yes +Active", run.Output);
    }

    [Fact]
    public async Task List_Json_PrintsParsableJson()
    {
        _plugins.Add("acme.chat");

        var run = await Cc("plugins", "list", "--json");

        Assert.Equal("acme.chat", JsonDocument.Parse(run.Output).RootElement[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Install_ZipFile_SendsItsBytes()
    {
        var package = _folders.Zip("acme.chat");

        var run = await Cc("plugins", "install", package);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Installed installed.plugin 1.0.0: Active.", run.Output, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(package), _plugins.LastPackage);
    }

    [Fact]
    public async Task Install_Folder_SendsItZipped()
    {
        var run = await Cc("plugins", "install", _folders.Folder("acme.chat"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var archive = new ZipArchive(new MemoryStream(_plugins.LastPackage!));
        Assert.Contains(archive.Entries, e => e.FullName == "plugin.json");
    }

    [Fact]
    public async Task EnableDisableUpgradeUninstall_KnownPlugin_Succeed()
    {
        _plugins.Add("acme.chat", enabled: false, state: Sdk.Plugins.PluginState.Disabled);

        var enable = await Cc("plugins", "enable", "acme.chat");
        var disable = await Cc("plugins", "disable", "acme.chat");
        var upgrade = await Cc("plugins", "upgrade", _folders.Zip("acme.chat", "2.0.0"));
        var uninstall = await Cc("plugins", "uninstall", "acme.chat");

        Assert.All([enable, disable, upgrade, uninstall], run => Assert.Equal(ExitCodes.Success, run.ExitCode));
        Assert.Contains("Upgraded acme.chat 2.0.0", upgrade.Output, StringComparison.Ordinal);
        Assert.Equal(["enable:acme.chat", "disable:acme.chat", "upgrade", "uninstall:acme.chat"], _plugins.Calls);
    }

    [Fact]
    public async Task Enable_UnknownPlugin_ExitsRefusedWithTheHostsMessage()
    {
        var run = await Cc("plugins", "enable", "nope");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("No plugin with id 'nope'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_RefusedPackage_ExitsRefusedAndPrintsTheReason()
    {
        _plugins.OperationError = new PluginOperationException("plugin.manifest-invalid", "plugin.json: 'version' is required.");

        var run = await Cc("plugins", "install", _folders.Zip("acme.bad"));

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("422", run.Error, StringComparison.Ordinal);
        Assert.Contains("'version' is required", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_MissingFile_IsAUsageErrorAndSendsNothing()
    {
        var run = await Cc("plugins", "install", Path.Combine(_folders.Root, "missing.zip"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Empty(_plugins.Calls);
    }

    [Fact]
    public async Task List_WrongPin_RefusesToTalkToTheHost()
    {
        _plugins.Add("acme.chat");

        var run = await Cc("plugins", "uninstall", "acme.chat", "--pin", new string('A', 64));

        Assert.Equal(ExitCodes.Connection, run.ExitCode);
        Assert.Contains("does not match the pinned SHA-256 fingerprint", run.Error, StringComparison.Ordinal);
        Assert.Empty(_plugins.Calls);
    }

    [Fact]
    public async Task List_ExplicitUrlAndPin_Works()
    {
        var run = await CliRun.RunAsync("plugins", "list", "--url", _host.BaseAddress.ToString(), "--pin", _host.CertificateSha256,
            "--data-dir", _host.DataDirectory);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("No plugins installed.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TokenRefused_ExitsWithConnectionError()
    {
        var tokenPath = Path.Combine(_host.DataDirectory, "secrets", "admin.token");
        _ = _host.AdminToken;
        await File.WriteAllTextAsync(tokenPath, "forged-token-forged-token-forged-token-0000");

        var run = await Cc("plugins", "list");

        Assert.Equal(ExitCodes.Connection, run.ExitCode);
        Assert.Contains("401", run.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> Cc(params string[] args) =>
        CliRun.RunAsync(NoOffline, [.. args, "--data-dir", _host.DataDirectory]);

    private static ValueTask<Plugins.IPluginOperations> NoOffline(string dataDirectory, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The host is running: the CLI must not go offline.");
}
