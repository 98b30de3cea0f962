using System.IO.Compression;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NuGet.Versioning;

namespace ContactCenter.Kernel.Plugins.Bundled;

/// <summary>
/// Installs the plugins shipped with the host (<see cref="PluginHostOptions.BundledDirectory"/>) so that they are there
/// out of the box, without ever overruling an administrator: a plugin not installed is installed; an installed,
/// enabled plugin of an older version is upgraded (through the normal hot-swap path); a disabled plugin, or one
/// installed at the same or a newer version, is left alone. Each decision is logged. A broken bundled package is
/// logged and skipped: it never stops the host.
/// </summary>
internal sealed partial class BundledPluginInstaller(
    IPluginManager manager,
    PluginPermissionApprovals approvals,
    IOptions<PluginHostOptions> options,
    ILogger<BundledPluginInstaller> logger)
{
    /// <summary>The default folder name, beside the host's assemblies.</summary>
    public const string DefaultFolderName = "bundled-plugins";

    /// <summary>What was done with one bundled package.</summary>
    public enum Outcome
    {
        Installed,
        Upgraded,
        UpToDate,
        NewerInstalled,
        Disabled,
        Failed,
    }

    /// <summary>Applies every bundled package of the configured folder, in file-name order.</summary>
    public async Task<IReadOnlyDictionary<string, Outcome>> InstallBundledAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.BundledDirectory ?? Path.Combine(AppContext.BaseDirectory, DefaultFolderName);
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        if (!options.Value.LoadAssemblies || !Directory.Exists(folder))
        {
            return outcomes;
        }

        foreach (var package in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            outcomes[Path.GetFileName(package)] = await ApplyAsync(package, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>
    /// When <see cref="PluginHostOptions.AutoApproveBundled"/> is on, approves (as the system, audited) what each bundled
    /// package requests, unless an administrator revoked it, disabled the plugin or installed a newer version of their own.
    /// Third-party plugins are never approved automatically.
    /// </summary>
    public async Task ApproveBundledAsync(CancellationToken cancellationToken)
    {
        await approvals.LoadAsync(cancellationToken).ConfigureAwait(false);
        var folder = options.Value.BundledDirectory ?? Path.Combine(AppContext.BaseDirectory, DefaultFolderName);
        if (!options.Value.AutoApproveBundled || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var package in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            try
            {
                var manifest = ReadManifest(package);
                var installed = manager.Get(manifest.Id);
                if (installed is null || (installed.Enabled && NuGetVersion.Parse(installed.Version) <= manifest.Version))
                {
                    await approvals.AutoApproveAsync(manifest.Id, manifest.Permissions, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception error) when (error is ContactCenterException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                // The install pass reports the broken package; nothing is approved for it.
                LogFailed(error, Path.GetFileName(package), error.Message);
            }
        }
    }

    private async Task<Outcome> ApplyAsync(string package, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(package);
        try
        {
            var manifest = ReadManifest(package);
            var installed = manager.Get(manifest.Id);
            if (installed is not null && !installed.Enabled)
            {
                LogLeftDisabled(manifest.Id, installed.Version, manifest.VersionText);
                return Outcome.Disabled;
            }

            if (installed is not null && NuGetVersion.Parse(installed.Version) > manifest.Version)
            {
                LogNewerInstalled(manifest.Id, installed.Version, manifest.VersionText);
                return Outcome.NewerInstalled;
            }

            if (installed is not null && NuGetVersion.Parse(installed.Version) == manifest.Version)
            {
                LogUpToDate(manifest.Id, installed.Version);
                return Outcome.UpToDate;
            }

            var stream = File.OpenRead(package);
            await using (stream.ConfigureAwait(false))
            {
                if (installed is null)
                {
                    await manager.InstallAsync(stream, cancellationToken).ConfigureAwait(false);
                    LogInstalled(manifest.Id, manifest.VersionText);
                    return Outcome.Installed;
                }

                await manager.UpgradeAsync(stream, cancellationToken).ConfigureAwait(false);
                LogUpgraded(manifest.Id, installed.Version, manifest.VersionText);
                return Outcome.Upgraded;
            }
        }
        catch (Exception error) when (error is ContactCenterException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            LogFailed(error, name, error.Message);
            return Outcome.Failed;
        }
    }

    private static PluginManifest ReadManifest(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(PluginManifest.FileName)
            ?? throw new InvalidDataException($"The package has no {PluginManifest.FileName} at its root.");
        if (entry.Length > PluginManifestReader.MaxManifestBytes)
        {
            throw new InvalidDataException($"{PluginManifest.FileName} is larger than {PluginManifestReader.MaxManifestBytes} bytes.");
        }

        using var reader = new StreamReader(entry.Open());
        var check = PluginManifestReader.Read(reader.ReadToEnd(), packageRoot: null);
        return check.Manifest is { } manifest && check.Errors.Count == 0
            ? manifest
            : throw new InvalidDataException($"{PluginManifest.FileName} is invalid: {string.Join("; ", check.Errors)}");
    }

    [LoggerMessage(EventId = 2801, Level = LogLevel.Information, Message = "Bundled plugin {PluginId} {Version} installed")]
    private partial void LogInstalled(string pluginId, string version);

    [LoggerMessage(EventId = 2802, Level = LogLevel.Information, Message = "Bundled plugin {PluginId} upgraded from {Installed} to {Version}")]
    private partial void LogUpgraded(string pluginId, string installed, string version);

    [LoggerMessage(EventId = 2803, Level = LogLevel.Debug, Message = "Bundled plugin {PluginId} {Version} already installed")]
    private partial void LogUpToDate(string pluginId, string version);

    [LoggerMessage(EventId = 2804, Level = LogLevel.Information, Message = "Bundled plugin {PluginId} {Version} not applied: version {Installed} is installed and newer")]
    private partial void LogNewerInstalled(string pluginId, string installed, string version);

    [LoggerMessage(EventId = 2805, Level = LogLevel.Information, Message = "Bundled plugin {PluginId} {Version} not applied: {Installed} is disabled by an administrator")]
    private partial void LogLeftDisabled(string pluginId, string installed, string version);

    [LoggerMessage(EventId = 2806, Level = LogLevel.Error, Message = "Bundled plugin package {Package} could not be applied: {Reason}")]
    private partial void LogFailed(Exception error, string package, string reason);
}
