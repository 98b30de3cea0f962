using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins.Registry;

/// <summary>
/// The plugins folder: <c>{root}/{id}/{version}/</c> per installed version, and <c>{root}/.staging/</c> for packages
/// being checked (on the same volume, so that accepting one is a rename).
/// </summary>
internal sealed class PluginPaths(IOptions<PluginHostOptions> options)
{
    public string Root { get; } = Path.GetFullPath(options.Value.Directory!);

    public string Staging => Path.Combine(Root, ".staging");

    public string PluginDirectory(string id) => Path.Combine(Root, id);

    public string VersionDirectory(string id, string version) => Path.Combine(Root, id, version);

    /// <summary>A new, empty staging folder.</summary>
    public string NewStagingDirectory()
    {
        var path = Path.Combine(Staging, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a folder if it exists, ignoring a folder that vanished meanwhile.</summary>
    public static void DeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
