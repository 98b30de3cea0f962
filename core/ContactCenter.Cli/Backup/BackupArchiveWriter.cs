using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// Writes a backup archive (a zip file) to <c>{path}.partial</c> and renames it into place only once the manifest is
/// written, so an interrupted backup never leaves a file that looks complete.
/// </summary>
internal sealed class BackupArchiveWriter : IDisposable
{
    private readonly string _path;
    private readonly string _partialPath;
    private readonly FileStream _stream;
    private readonly ZipArchive _zip;
    private readonly List<ArchivedFile> _files = [];
    private bool _finished;

    private BackupArchiveWriter(string path)
    {
        _path = path;
        _partialPath = path + ".partial";
        _stream = new FileStream(_partialPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        _zip = new ZipArchive(_stream, ZipArchiveMode.Create, leaveOpen: true);
    }

    public static BackupArchiveWriter Create(string path, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite)
        {
            throw new CliException($"{full} already exists; choose another name or pass --force to replace it.", ExitCodes.Refused);
        }

        if (Path.GetDirectoryName(full) is { } directory && !Directory.Exists(directory))
        {
            throw new CliException($"The folder {directory} does not exist.");
        }

        return new BackupArchiveWriter(full);
    }

    public async Task AddFileAsync(string entryName, string sourcePath, CompressionLevel level, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var entry = _zip.CreateEntry(entryName, level);
        var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using (source.ConfigureAwait(false))
        {
            var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (target.ConfigureAwait(false))
            {
                var (size, sha) = await HashingCopy.CopyAsync(source, target, progress, cancellationToken).ConfigureAwait(false);
                _files.Add(new ArchivedFile(entryName, size, sha));
            }
        }
    }

    /// <summary>Adds every file under <paramref name="directory"/> as <c>{prefix}/{relative path}</c>; nothing when it is missing.</summary>
    public async Task<int> AddDirectoryAsync(string prefix, string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
            await AddFileAsync($"{prefix}/{relative}", file, CompressionLevel.Optimal, null, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    public async Task FinishAsync(BackupManifest manifest, CancellationToken cancellationToken)
    {
        var entry = _zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
        var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (target.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(target, manifest with { Files = _files.ToArray() }, CliJson.Options, cancellationToken).ConfigureAwait(false);
        }

        _zip.Dispose();
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_partialPath, _path, overwrite: true);
        _finished = true;
    }

    public void Dispose()
    {
        if (_finished)
        {
            return;
        }

        _zip.Dispose();
        _stream.Dispose();
        File.Delete(_partialPath);
    }
}
