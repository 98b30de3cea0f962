using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>Everything an operation could change: files under the plugins folder (with sizes) and registry documents.</summary>
internal static class Snapshot
{
    public static async Task<string> TakeAsync(PluginTestHost host)
    {
        IEnumerable<string> files = Directory.Exists(host.PluginsDirectory)
            ? Directory.GetFileSystemEntries(host.PluginsDirectory, "*", SearchOption.AllDirectories)
                .Select(p => $"{Path.GetRelativePath(host.PluginsDirectory, p)}:{(File.Exists(p) ? new FileInfo(p).Length : -1)}")
                .Order(StringComparer.Ordinal)
            : [];
        var registry = await host.Store.QueryAsync(KernelCollections.Plugins.Name, DocumentQuery.All, default);
        return string.Join("\n", files.Concat(registry.Items.Select(d => $"{d.Id}@{d.Version}:{d.Json}")));
    }
}
