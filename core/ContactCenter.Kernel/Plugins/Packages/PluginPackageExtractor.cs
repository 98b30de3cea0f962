using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins.Packages;

/// <summary>
/// Unpacks a <c>.zip</c> or <c>.nupkg</c> plugin package into an empty folder, refusing anything unsafe before a
/// byte is written: corrupt archives, absolute or escaping paths (zip-slip), too many entries, and more uncompressed
/// bytes than allowed (counted while extracting too, so a lying header cannot get past the limit).
/// </summary>
internal sealed class PluginPackageExtractor(IOptions<PluginHostOptions> options)
{
    private readonly PluginHostOptions _options = options.Value;

    /// <summary>Extracts <paramref name="package"/> into <paramref name="target"/> (an existing, empty folder).</summary>
    /// <exception cref="PluginOperationException">The package is refused; the message says why.</exception>
    public async Task ExtractAsync(Stream package, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        var spool = target + ".pkg";
        try
        {
            await SpoolAsync(package, spool, cancellationToken).ConfigureAwait(false);
            using var archive = Open(spool);
            var plan = Plan(archive);
            foreach (var (entry, relative) in plan)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ExtractEntryAsync(entry, Path.Combine(target, relative), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(ex);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private async Task SpoolAsync(Stream package, string spool, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await package.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > _options.MaxPackageBytes)
            {
                throw TooLarge();
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    private static ZipArchive Open(string spool)
    {
        var stream = File.OpenRead(spool);
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            stream.Dispose();
            throw Corrupt(ex);
        }
    }

    private List<(ZipArchiveEntry Entry, string Relative)> Plan(ZipArchive archive)
    {
        if (archive.Entries.Count > _options.MaxPackageEntries)
        {
            throw new PluginOperationException("plugin.package-too-large", $"The package has {archive.Entries.Count} entries; at most {_options.MaxPackageEntries} are allowed (CC:Plugins:MaxPackageEntries).");
        }

        var names = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        foreach (var name in names.Where(n => !IsSafe(n)))
        {
            throw new PluginOperationException("plugin.package-unsafe", $"The package entry '{name}' has an absolute or escaping path; packages may only hold relative paths inside the package.");
        }

        if (archive.Entries.Sum(e => e.Length) > _options.MaxPackageBytes)
        {
            throw TooLarge();
        }

        var nupkg = PluginPackageLayout.IsNupkg(names);
        var plan = new List<(ZipArchiveEntry, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].EndsWith('/') || PluginPackageLayout.TargetOf(names[i], nupkg) is not { } relative)
            {
                continue;
            }

            if (!seen.Add(relative))
            {
                throw new PluginOperationException("plugin.package-unsafe", $"The package holds '{relative}' more than once.");
            }

            plan.Add((archive.Entries[i], relative));
        }

        return plan;
    }

    private async Task ExtractEntryAsync(ZipArchiveEntry entry, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var source = entry.Open();
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            written += read;
            if (written > entry.Length || written > _options.MaxPackageBytes)
            {
                throw TooLarge();
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsSafe(string name) =>
        name.Length > 0
        && !name.StartsWith('/')
        && !name.Contains(':', StringComparison.Ordinal)
        && !name.Contains('\0', StringComparison.Ordinal)
        && name.TrimEnd('/').Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    private PluginOperationException TooLarge() =>
        new("plugin.package-too-large", $"The package is larger than {_options.MaxPackageBytes} bytes uncompressed (CC:Plugins:MaxPackageBytes).");

    private static PluginOperationException Corrupt(Exception ex) =>
        new("plugin.package-corrupt", $"The package is not a readable .zip or .nupkg archive: {ex.Message}", ex);
}
