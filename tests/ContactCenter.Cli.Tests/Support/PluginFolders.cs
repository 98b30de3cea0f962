using System.IO.Compression;

namespace ContactCenter.Cli.Tests.Support;

/// <summary>Plugin folders and packages on disk, in a temporary directory removed on dispose.</summary>
internal sealed class PluginFolders : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("cc-cli-").FullName;

    public string Folder(string id, string version = "1.0.0")
    {
        var folder = Path.Combine(Root, $"{id}-{version}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), $$"""{"id":"{{id}}","version":"{{version}}"}""");
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "hello");
        return folder;
    }

    public string Zip(string id, string version = "1.0.0")
    {
        var path = Path.Combine(Root, $"{id}-{version}.zip");
        ZipFile.CreateFromDirectory(Folder(id, version), path);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
