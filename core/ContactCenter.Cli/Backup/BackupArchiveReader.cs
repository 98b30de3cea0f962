using System.IO.Compression;
using System.Text.Json;

namespace ContactCenter.Cli.Backup;

/// <summary>Reads a backup archive: its manifest first (refusing anything that is not one), then checked extraction.</summary>
internal sealed class BackupArchiveReader : IDisposable
{
    private readonly ZipArchive _zip;

    private BackupArchiveReader(string path, ZipArchive zip, BackupManifest manifest)
    {
        Path = path;
        _zip = zip;
        Manifest = manifest;
    }

    public string Path { get; }

    public BackupManifest Manifest { get; }

    public static BackupArchiveReader Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CliException($"No backup file at {full}.");
        }

        ZipArchive? zip = null;
        try
        {
            zip = ZipFile.OpenRead(full);
            var entry = zip.GetEntry(BackupManifest.EntryName)
                ?? throw new CliException($"{full} is not a ContactCenter backup: it has no {BackupManifest.EntryName}.", ExitCodes.Refused);
            BackupManifest? manifest;
            using (var stream = entry.Open())
            {
                manifest = JsonSerializer.Deserialize<BackupManifest>(stream, CliJson.Options);
            }

            if (manifest?.Format != BackupManifest.CurrentFormat || manifest.Contents is null || manifest.Files is null)
            {
                throw new CliException($"{full} has format '{manifest?.Format}'; this cc reads {BackupManifest.CurrentFormat}.", ExitCodes.Refused);
            }

            return new BackupArchiveReader(full, zip, manifest);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException)
        {
            zip?.Dispose();
            throw new CliException($"{full} is not a readable ContactCenter backup: {ex.Message}", ExitCodes.Refused, ex);
        }
        catch
        {
            zip?.Dispose();
            throw;
        }
    }

    /// <summary>Checks every file against the manifest (present, size, SHA-256) and that nothing else is there.</summary>
    public async Task<IReadOnlyList<string>> VerifyFilesAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var listed = Manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Manifest.Files)
        {
            var entry = _zip.GetEntry(file.Path);
            if (entry is null)
            {
                problems.Add($"file {file.Path}: missing from the archive");
                continue;
            }

            try
            {
                var stream = entry.Open();
                await using (stream.ConfigureAwait(false))
                {
                    var (size, sha) = await HashingCopy.CopyAsync(stream, null, null, cancellationToken).ConfigureAwait(false);
                    if (size != file.Size || sha != file.Sha256)
                    {
                        problems.Add($"file {file.Path}: {size} bytes with SHA-256 {sha[..12]}…, expected {file.Size} bytes with {file.Sha256[..12]}…");
                    }
                }
            }
            catch (InvalidDataException ex)
            {
                problems.Add($"file {file.Path}: unreadable ({ex.Message})");
            }
        }

        problems.AddRange(_zip.Entries
            .Where(e => e.FullName != BackupManifest.EntryName && !listed.Contains(e.FullName))
            .Select(e => $"file {e.FullName}: in the archive but not in the manifest"));
        return problems;
    }

    public async Task ExtractAsync(string entryName, string destinationPath, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var entry = _zip.GetEntry(entryName) ?? throw new CliException($"{Path} has no {entryName}.", ExitCodes.Refused);
        var source = entry.Open();
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(destinationPath, FileMode.Create, FileAccess.Write, FileShare.None);
            await using (target.ConfigureAwait(false))
            {
                await HashingCopy.CopyAsync(source, target, progress, cancellationToken).ConfigureAwait(false);
                target.Flush(flushToDisk: true);
            }
        }
    }

    /// <summary>Extracts every entry under <c>{prefix}/</c> into <paramref name="directory"/>; returns how many.</summary>
    public async Task<int> ExtractDirectoryAsync(string prefix, string directory, CancellationToken cancellationToken)
    {
        var root = System.IO.Path.GetFullPath(directory) + System.IO.Path.DirectorySeparatorChar;
        var count = 0;
        foreach (var file in Manifest.Files.Where(f => f.Path.StartsWith(prefix + "/", StringComparison.Ordinal)))
        {
            var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, file.Path[(prefix.Length + 1)..]));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                // A crafted archive must not write outside the target.
                throw new CliException($"{Path} names a file outside its folder ({file.Path}); refusing it.", ExitCodes.Refused);
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            await ExtractAsync(file.Path, target, null, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    public void Dispose() => _zip.Dispose();
}
