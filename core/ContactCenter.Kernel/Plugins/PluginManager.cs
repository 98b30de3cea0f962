using ContactCenter.Kernel.Plugins.Health;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Packages;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Plugins.Registry;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Plugins;

/// <summary>
/// The plugin manager: every operation checks the candidate completely before changing anything, runs under the
/// plugin's gate, and leaves the registry, the plugins folder and the running versions consistent when it fails.
/// </summary>
internal sealed class PluginManager(
    PluginCatalog catalog,
    PluginOperationGates gates,
    PluginInstaller installer,
    PluginRegistry registry,
    PluginLifecycle lifecycle,
    PluginUpgrader upgrader,
    PluginHealthChecker health,
    PluginStateNotifier notifier,
    PluginPermissionApprovals approvals,
    IClock clock) : IPluginManager
{
    public IReadOnlyList<PluginInfo> List() => catalog.All.Select(Describe).ToList();

    public PluginInfo? Get(string pluginId) => catalog.Get(pluginId) is { } runtime ? Describe(runtime) : null;

    public async ValueTask<PluginInfo> InstallAsync(Stream package, CancellationToken cancellationToken)
    {
        var staged = await installer.StagePackageAsync(package, cancellationToken).ConfigureAwait(false);
        return await InstallStagedAsync(staged, "the package", cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<PluginInfo> InstallFromDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var staged = installer.StageDirectory(directory);
        return await InstallStagedAsync(staged, $"folder '{directory}'", cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<PluginInfo> UpgradeAsync(Stream package, CancellationToken cancellationToken)
    {
        var staged = await installer.StagePackageAsync(package, cancellationToken).ConfigureAwait(false);
        var upgraded = await upgrader.UpgradeStagedAsync(staged, "the package", cancellationToken).ConfigureAwait(false);
        return Get(upgraded.Id) ?? upgraded;
    }

    public async ValueTask<PluginInfo> EnableAsync(string pluginId, CancellationToken cancellationToken)
    {
        using var gate = await gates.EnterAsync(pluginId, cancellationToken).ConfigureAwait(false);
        var runtime = Installed(pluginId);
        if (!runtime.Registration.Enabled)
        {
            runtime.Registration = await registry.UpdateAsync(runtime.Registration with { Enabled = true }, cancellationToken).ConfigureAwait(false);
        }

        await lifecycle.LoadAsync(runtime, cancellationToken).ConfigureAwait(false);
        return Describe(runtime);
    }

    public async ValueTask<PluginInfo> DisableAsync(string pluginId, CancellationToken cancellationToken)
    {
        using var gate = await gates.EnterAsync(pluginId, cancellationToken).ConfigureAwait(false);
        var runtime = Installed(pluginId);
        if (runtime.Registration.Enabled)
        {
            runtime.Registration = await registry.UpdateAsync(runtime.Registration with { Enabled = false }, cancellationToken).ConfigureAwait(false);
        }

        await lifecycle.UnloadAsync(runtime, PluginState.Disabled, null, CancellationToken.None).ConfigureAwait(false);
        notifier.ReportLiveness(runtime);
        await notifier.ChangedAsync(runtime.Id, runtime.Registration.Version, PluginState.Disabled, null).ConfigureAwait(false);
        return Describe(runtime);
    }

    public async ValueTask UninstallAsync(string pluginId, CancellationToken cancellationToken)
    {
        using var gate = await gates.EnterAsync(pluginId, cancellationToken).ConfigureAwait(false);
        var runtime = Installed(pluginId);
        await lifecycle.UnloadAsync(runtime, PluginState.Disabled, null, CancellationToken.None).ConfigureAwait(false);
        await registry.RemoveAsync(pluginId, CancellationToken.None).ConfigureAwait(false);
        await approvals.ForgetAsync(pluginId, CancellationToken.None).ConfigureAwait(false);
        installer.RemovePlugin(pluginId);
        runtime.Installed = false;

        // A version that could not be unloaded keeps the entry listed (state UnloadFailed): never hidden.
        if (runtime.Lingering.Count == 0)
        {
            catalog.Remove(runtime);
        }

        notifier.Forget(pluginId);
        await notifier.ChangedAsync(pluginId, runtime.Registration.Version, PluginState.Disabled, "uninstalled").ConfigureAwait(false);
    }

    public ValueTask<IReadOnlyList<PluginHealthReport>> CheckHealthAsync(TimeSpan budget, CancellationToken cancellationToken) =>
        health.CheckAsync(budget, cancellationToken);

    private async ValueTask<PluginInfo> InstallStagedAsync(string staged, string source, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = PluginManifestReader.ReadDirectory(staged).EnsureSupported(source);
            using var gate = await gates.EnterAsync(manifest.Id, cancellationToken).ConfigureAwait(false);
            var now = clock.UtcNow;
            var runtime = new PluginRuntime(new PluginRegistration(manifest.Id, manifest.VersionText, true, now, now), manifest);
            if (catalog.TryAdd(runtime) is { } conflict)
            {
                throw new PluginOperationException("plugin.conflict", conflict);
            }

            try
            {
                installer.Accept(staged, manifest.Id, manifest.VersionText);
                runtime.Registration = await registry.AddAsync(manifest.Id, manifest.VersionText, enabled: true, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                catalog.Remove(runtime);
                installer.RemoveVersion(manifest.Id, manifest.VersionText);
                throw;
            }

            await lifecycle.LoadAsync(runtime, CancellationToken.None).ConfigureAwait(false);
            return Describe(runtime);
        }
        finally
        {
            PluginPaths.DeleteDirectory(staged);
        }
    }

    private PluginInfo Describe(PluginRuntime runtime)
    {
        var info = runtime.ToInfo();
        var approved = approvals.Peek(runtime.Id)?.Approved ?? [];
        return info with { ApprovedPermissions = approved, PendingPermissions = info.Permissions.Except(approved, StringComparer.Ordinal).ToList() };
    }

    private PluginRuntime Installed(string pluginId) =>
        catalog.Get(pluginId) is { Installed: true } runtime
            ? runtime
            : throw new PluginOperationException("plugin.not-installed", $"Plugin '{pluginId}' is not installed.");
}
