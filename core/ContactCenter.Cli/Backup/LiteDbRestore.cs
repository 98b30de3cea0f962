using ContactCenter.Cli.Connection;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// <c>cc restore</c> of an embedded-store backup: everything is extracted and checked in a staging folder beside the
/// target, and moved into the data directory only when it matches the manifest.
/// </summary>
internal static class LiteDbRestore
{
    private static readonly string[] StoreFiles = [LiteDbScratch.DataFileName, "contactcenter-log.db"];

    /// <summary>Extracts the store and files into <paramref name="directory"/> (which must not exist) and checks them.</summary>
    public static async Task<VerificationReport> StageAsync(BackupArchiveReader archive, string directory, ProgressWriter progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        progress.Step("Extracting the store…");
        var store = archive.Manifest.Files.Single(f => f.Path == LiteDbBackup.StoreEntry);
        await archive.ExtractAsync(store.Path, Path.Combine(directory, LiteDbScratch.DataFileName), progress.Counter("store bytes extracted", store.Size), cancellationToken).ConfigureAwait(false);
        await archive.ExtractDirectoryAsync(DataFolders.Prefix(DataFolders.Plugins), Path.Combine(directory, DataFolders.Plugins), cancellationToken).ConfigureAwait(false);
        await archive.ExtractDirectoryAsync(DataFolders.Prefix(DataFolders.Secrets), Path.Combine(directory, DataFolders.Secrets), cancellationToken).ConfigureAwait(false);
        progress.Step("Counting and checksumming the restored store…");
        var (contents, _) = await LiteDbScratch.DigestAsync(directory, progress, cancellationToken).ConfigureAwait(false);
        return new VerificationReport(archive.Manifest, contents.CompareTo(archive.Manifest.Contents));
    }

    public static async Task<VerificationReport> RestoreAsync(BackupArchiveReader archive, CliSettings settings, bool force, ProgressWriter progress, TextWriter error, CancellationToken cancellationToken)
    {
        var target = settings.DataDirectory;
        if (HostLocator.Locate(settings, error) is not null)
        {
            throw new CliException($"A host is running on {target}; stop it before restoring into its data directory.", ExitCodes.Refused);
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
        {
            throw new CliException($"{target} is not empty; restore into an empty directory, or pass --force to replace its store and plugins.", ExitCodes.Refused);
        }

        // A sibling of the target, so that the final moves stay on one file system.
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(target)) ?? throw new CliException($"Cannot restore into {target}.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".cc-restore-{Guid.NewGuid():N}");
        try
        {
            var report = await StageAsync(archive, staging, progress, cancellationToken).ConfigureAwait(false);
            if (report.Passed)
            {
                Install(staging, target, archive.Manifest.IncludesSecrets);
            }

            return report;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Install(string staging, string target, bool secrets)
    {
        Directory.CreateDirectory(target);
        foreach (var file in StoreFiles)
        {
            File.Delete(Path.Combine(target, file));
            if (File.Exists(Path.Combine(staging, file)))
            {
                File.Move(Path.Combine(staging, file), Path.Combine(target, file));
            }
        }

        MoveFolder(staging, target, DataFolders.Plugins);
        if (secrets)
        {
            MoveFolder(staging, target, DataFolders.Secrets);
        }
    }

    private static void MoveFolder(string staging, string target, string name)
    {
        var destination = Path.Combine(target, name);
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }

        if (Directory.Exists(Path.Combine(staging, name)))
        {
            Directory.Move(Path.Combine(staging, name), destination);
        }
    }
}
