using System.IO.Compression;

namespace ContactCenter.Testing.Plugins;

/// <summary>Packs a built test plugin as a <c>.zip</c> or a <c>.nupkg</c>.</summary>
internal static class TestPluginPackager
{
    public static string Pack(TestPlugin plugin, string path, bool nupkg)
    {
        path = Path.GetFullPath(path);
        var staging = Path.Combine(Path.GetTempPath(), $"cc-pack-{Guid.NewGuid():N}");
        try
        {
            plugin.BuildToDirectory(staging);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(staging, file).Replace('\\', '/');
                var entry = nupkg && relative != "plugin.json" && relative.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !relative.Contains('/', StringComparison.Ordinal)
                    ? $"lib/net10.0/{relative}"
                    : relative;
                zip.CreateEntryFromFile(file, entry);
            }

            if (nupkg)
            {
                var nuspec = zip.CreateEntry($"{plugin.Id}.nuspec");
                using var writer = new StreamWriter(nuspec.Open());
                writer.Write($"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                      <metadata><id>{plugin.Id}</id><version>{plugin.Version}</version><authors>tests</authors><description>test plugin</description></metadata>
                    </package>
                    """);
            }

            return path;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
