using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Packages;
using ContactCenter.Kernel.Plugins.Registry;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Hosting;

/// <summary>
/// At start-up, registers every plugin of the registry and every plugin folder dropped into the plugins folder, then
/// loads the enabled ones; at stop, unloads them all (the registry keeps them enabled).
/// </summary>
internal sealed partial class PluginBootstrapper(
    PluginCatalog catalog,
    PluginRegistry registry,
    PluginPaths paths,
    PluginInstaller installer,
    PluginOperationGates gates,
    PluginLifecycle lifecycle,
    PluginStateNotifier notifier,
    ILogger<PluginBootstrapper> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Root);
        PluginPaths.DeleteDirectory(paths.Staging);
        Directory.CreateDirectory(paths.Staging);
        foreach (var registration in await registry.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var check = PluginManifestReader.ReadDirectory(paths.VersionDirectory(registration.Id, registration.Version));
            var runtime = new PluginRuntime(registration, check.IsValid ? check.Manifest : null);
            if (!check.IsValid)
            {
                runtime.SetIdle(PluginState.NotSupported, $"The files of version {registration.Version} are missing or invalid: {string.Join(" ", check.Errors)}");
            }
            else
            {
                runtime.SetIdle(check.SdkMismatch is null ? Pending(registration) : PluginState.NotSupported, check.SdkMismatch);
            }

            catalog.AddAtStartup(runtime);
        }

        foreach (var folder in Directory.GetDirectories(paths.Root).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            await PickUpAsync(folder, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ActivateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var runtime in catalog.All)
        {
            using var gate = await gates.EnterAsync(runtime.Id, cancellationToken).ConfigureAwait(false);
            if (runtime.Registration.Enabled && runtime.IdleState == PluginState.Loading && runtime.Current is null)
            {
                await lifecycle.LoadAsync(runtime, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                notifier.ReportLiveness(runtime);
            }
        }

        catalog.Started = true;
    }

    public async Task UnloadAllAsync(CancellationToken cancellationToken)
    {
        catalog.Started = false;
        await Task.WhenAll(catalog.All.Select(async runtime =>
        {
            using var gate = await gates.EnterAsync(runtime.Id, CancellationToken.None).ConfigureAwait(false);
            await lifecycle.UnloadAsync(runtime, PluginState.Disabled, "The host is stopping.", cancellationToken, verifyCollected: false).ConfigureAwait(false);
        })).ConfigureAwait(false);
    }

    private static PluginState Pending(PluginRegistration registration) =>
        registration.Enabled ? PluginState.Loading : PluginState.Disabled;

    /// <summary>Registers a dropped folder: <c>{root}/{any}/plugin.json</c>, or an unregistered <c>{root}/{id}/{version}/</c>.</summary>
    private async Task PickUpAsync(string folder, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(folder);
        if (File.Exists(Path.Combine(folder, PluginManifest.FileName)))
        {
            var check = PluginManifestReader.ReadDirectory(folder);
            if (!check.IsValid)
            {
                LogDroppedInvalid(folder, string.Join(" ", check.Errors));
                return;
            }

            if (catalog.Get(check.Manifest!.Id) is not null)
            {
                LogDroppedDuplicate(folder, check.Manifest.Id);
                return;
            }

            // Through staging: the dropped folder may itself be named after the id, i.e. the target's parent.
            var staged = Path.Combine(paths.Staging, Guid.NewGuid().ToString("N"));
            Directory.Move(folder, staged);
            installer.Accept(staged, check.Manifest.Id, check.Manifest.VersionText);
            await RegisterDroppedAsync(check, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (catalog.Get(name) is not null || !ManifestRules.IsValidId(name))
        {
            return;
        }

        var newest = Directory.GetDirectories(folder)
            .Select(PluginManifestReader.ReadDirectory)
            .Where(c => c.IsValid && c.Manifest!.Id == name && Directory.Exists(paths.VersionDirectory(name, c.Manifest.VersionText)))
            .MaxBy(c => c.Manifest!.Version);
        if (newest is not null)
        {
            await RegisterDroppedAsync(newest, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RegisterDroppedAsync(ManifestCheck check, CancellationToken cancellationToken)
    {
        var manifest = check.Manifest!;
        var registration = await registry.AddAsync(manifest.Id, manifest.VersionText, enabled: true, cancellationToken).ConfigureAwait(false);
        var runtime = new PluginRuntime(registration, manifest);
        runtime.SetIdle(check.SdkMismatch is null ? PluginState.Loading : PluginState.NotSupported, check.SdkMismatch);
        catalog.AddAtStartup(runtime);
        LogPickedUp(manifest.Id, manifest.VersionText);
    }

    [LoggerMessage(EventId = 2501, Level = LogLevel.Information, Message = "Registered plugin {PluginId} {Version} found in the plugins folder")]
    private partial void LogPickedUp(string pluginId, string version);

    [LoggerMessage(EventId = 2502, Level = LogLevel.Error, Message = "Ignored plugin folder {Folder}: {Errors}")]
    private partial void LogDroppedInvalid(string folder, string errors);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Warning, Message = "Ignored plugin folder {Folder}: plugin {PluginId} is already installed; upgrade it instead")]
    private partial void LogDroppedDuplicate(string folder, string pluginId);
}
