using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Packages;
using ContactCenter.Kernel.Plugins.Registry;
using ContactCenter.Sdk.Plugins;
using NuGet.Versioning;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Upgrade in place: check and start the new version on the side, switch new work to it in one reference write, then
/// drain and unload the old one. If the new version fails at any step, the old one keeps serving and the error is
/// reported; its files and registration are left as they were.
/// </summary>
internal sealed class PluginUpgrader(
    PluginCatalog catalog,
    PluginOperationGates gates,
    PluginInstaller installer,
    PluginRegistry registry,
    PluginActivator activator,
    PluginLifecycle lifecycle,
    PluginStateNotifier notifier)
{
    public async Task<PluginInfo> UpgradeStagedAsync(string staged, string source, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = PluginManifestReader.ReadDirectory(staged).EnsureSupported(source);
            using var gate = await gates.EnterAsync(manifest.Id, cancellationToken).ConfigureAwait(false);
            var runtime = catalog.Get(manifest.Id) is { Installed: true } installed
                ? installed
                : throw new PluginOperationException("plugin.not-installed", $"Plugin '{manifest.Id}' is not installed; install it first.");
            var oldVersion = runtime.Registration.Version;
            if (NuGetVersion.TryParse(oldVersion, out var old) && old == manifest.Version)
            {
                throw new PluginOperationException("plugin.same-version", $"Plugin '{manifest.Id}' is already at version {oldVersion}; an upgrade needs another version.");
            }

            if (catalog.FindPublicPathConflict(manifest.Id, manifest.PublicPath) is { } conflict)
            {
                throw new PluginOperationException("plugin.conflict", conflict);
            }

            var target = installer.Accept(staged, manifest.Id, manifest.VersionText);
            if (runtime.Registration.Enabled && lifecycle.LoadsAssemblies)
            {
                await SwitchAsync(runtime, manifest, target).ConfigureAwait(false);
            }
            else
            {
                await CommitAsync(runtime, manifest).ConfigureAwait(false);
                if (runtime.Registration.Enabled)
                {
                    runtime.SetIdle(PluginState.Loading, PluginLifecycle.LoadsWhenHostStarts);
                }
            }

            if (!string.Equals(oldVersion, manifest.VersionText, StringComparison.Ordinal))
            {
                installer.RemoveVersion(manifest.Id, oldVersion);
            }

            return runtime.ToInfo();
        }
        finally
        {
            PluginPaths.DeleteDirectory(staged);
        }
    }

    private async Task SwitchAsync(PluginRuntime runtime, PluginManifest manifest, string target)
    {
        var activation = await activator.ActivateAsync(manifest, target, CancellationToken.None).ConfigureAwait(false);
        if (!activation.Succeeded)
        {
            if (activation.Version is { State: PluginState.UnloadFailed } failed)
            {
                runtime.AddLingering(failed);
            }

            installer.RemoveVersion(manifest.Id, manifest.VersionText);
            throw new PluginOperationException(
                "plugin.upgrade-failed",
                $"Version {manifest.VersionText} of plugin '{manifest.Id}' could not start ({activation.State}): {activation.Reason} Version {runtime.Registration.Version} keeps serving.");
        }

        var newVersion = activation.Version!;
        try
        {
            await CommitAsync(runtime, manifest).ConfigureAwait(false);
        }
        catch
        {
            await lifecycle.RetireAsync(runtime, newVersion, CancellationToken.None).ConfigureAwait(false);
            installer.RemoveVersion(manifest.Id, manifest.VersionText);
            throw;
        }

        // The switch: from here new work leases the new version; in-flight calls finish on the old one.
        var previous = runtime.Current;
        runtime.Current = newVersion;
        runtime.SetIdle(PluginState.Disabled, null);
        notifier.ReportLiveness(runtime);
        if (previous is not null)
        {
            await lifecycle.RetireAsync(runtime, previous, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task CommitAsync(PluginRuntime runtime, PluginManifest manifest)
    {
        runtime.Registration = await registry.UpdateAsync(runtime.Registration with { Version = manifest.VersionText }, CancellationToken.None).ConfigureAwait(false);
        runtime.Manifest = manifest;
    }
}
