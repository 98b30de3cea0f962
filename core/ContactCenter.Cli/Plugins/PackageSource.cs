using System.IO.Compression;
using System.Text.Json;

namespace ContactCenter.Cli.Plugins;

/// <summary>A plugin given on the command line: a <c>.zip</c>/<c>.nupkg</c> file or a folder holding <c>plugin.json</c>.</summary>
internal sealed class PackageSource
{
    private PackageSource(string path, bool isDirectory)
    {
        Path = path;
        IsDirectory = isDirectory;
    }

    public string Path { get; }

    public bool IsDirectory { get; }

    public static PackageSource From(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return File.Exists(System.IO.Path.Combine(full, "plugin.json"))
                ? new PackageSource(full, isDirectory: true)
                : throw new CliException($"{full} holds no plugin.json.");
        }

        return File.Exists(full) ? new PackageSource(full, isDirectory: false) : throw new CliException($"{full} does not exist.");
    }

    /// <summary>The package bytes: the file, or the folder zipped in memory.</summary>
    public async Task<MemoryStream> ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        if (IsDirectory)
        {
            await ZipFile.CreateFromDirectoryAsync(Path, buffer, CompressionLevel.Fastest, includeBaseDirectory: false, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await using var file = File.OpenRead(Path);
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>The id in the package's shallowest <c>plugin.json</c>.</summary>
    public static string ReadId(MemoryStream package, string path)
    {
        try
        {
            using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var manifest = archive.Entries.Where(e => e.Name.Equals("plugin.json", StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.FullName.Count(c => c == '/')).FirstOrDefault()
                ?? throw new CliException($"{path} holds no plugin.json.");
            using var stream = manifest.Open();
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
                ? value
                : throw new CliException($"The plugin.json in {path} has no id.");
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException)
        {
            throw new CliException($"{path} is not a readable plugin package ({ex.Message}).", ex);
        }
        finally
        {
            package.Position = 0;
        }
    }
}
