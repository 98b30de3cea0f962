using ContactCenter.Kernel.Plugins.Registry;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins.Packages;

/// <summary>
/// Puts a candidate plugin into a staging folder (from a package or a folder) where it is checked, and moves an
/// accepted one to <c>{root}/{id}/{version}/</c>. A refused candidate is deleted with its staging folder.
/// </summary>
internal sealed class PluginInstaller(PluginPaths paths, PluginPackageExtractor extractor, IOptions<PluginHostOptions> options)
{
    public async Task<string> StagePackageAsync(Stream package, CancellationToken cancellationToken)
    {
        var staged = paths.NewStagingDirectory();
        try
        {
            await extractor.ExtractAsync(package, staged, cancellationToken).ConfigureAwait(false);
            return staged;
        }
        catch
        {
            PluginPaths.DeleteDirectory(staged);
            throw;
        }
    }

    /// <summary>Copies a plugin folder into staging (the source is left as it is).</summary>
    public string StageDirectory(string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        var root = Path.GetFullPath(source);
        if (!Directory.Exists(root))
        {
            throw new PluginOperationException("plugin.directory-missing", $"The folder '{source}' does not exist.");
        }

        var files = Directory.GetFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint });
        if (files.Length > options.Value.MaxPackageEntries || files.Sum(f => new FileInfo(f).Length) > options.Value.MaxPackageBytes)
        {
            throw new PluginOperationException("plugin.package-too-large", $"The folder '{source}' holds more than {options.Value.MaxPackageEntries} files or {options.Value.MaxPackageBytes} bytes (CC:Plugins:MaxPackageEntries, MaxPackageBytes).");
        }

        var staged = paths.NewStagingDirectory();
        try
        {
            foreach (var file in files)
            {
                var target = Path.Combine(staged, Path.GetRelativePath(root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return staged;
        }
        catch
        {
            PluginPaths.DeleteDirectory(staged);
            throw;
        }
    }

    /// <summary>Moves a checked candidate to its version folder, replacing any unregistered leftover there.</summary>
    public string Accept(string staged, string pluginId, string version)
    {
        var target = paths.VersionDirectory(pluginId, version);
        PluginPaths.DeleteDirectory(target);
        Directory.CreateDirectory(paths.PluginDirectory(pluginId));
        Directory.Move(staged, target);
        return target;
    }

    /// <summary>Removes a version folder, and the plugin folder when it is left empty.</summary>
    public void RemoveVersion(string pluginId, string version)
    {
        PluginPaths.DeleteDirectory(paths.VersionDirectory(pluginId, version));
        var parent = paths.PluginDirectory(pluginId);
        if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
        {
            Directory.Delete(parent);
        }
    }

    public void RemovePlugin(string pluginId) => PluginPaths.DeleteDirectory(paths.PluginDirectory(pluginId));
}
