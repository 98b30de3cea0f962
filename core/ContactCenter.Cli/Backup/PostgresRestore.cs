using ContactCenter.Cli.Connection;

namespace ContactCenter.Cli.Backup;

/// <summary><c>cc restore --postgres</c>: <c>pg_restore</c> in one transaction, then the restored database is checked against the manifest.</summary>
internal static class PostgresRestore
{
    public static async Task<VerificationReport> VerifyAsync(BackupArchiveReader archive, string serverConnectionString, ProgressWriter progress, CancellationToken cancellationToken)
    {
        var scratch = Directory.CreateTempSubdirectory("cc-verify-");
        try
        {
            var dump = Path.Combine(scratch.FullName, "database.dump");
            await archive.ExtractAsync(PostgresBackup.StoreEntry, dump, null, cancellationToken).ConfigureAwait(false);
            var (contents, _) = await PostgresScratch.DigestDumpAsync(serverConnectionString, dump, progress, cancellationToken).ConfigureAwait(false);
            return new VerificationReport(archive.Manifest, contents.CompareTo(archive.Manifest.Contents));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    public static async Task<VerificationReport> RestoreAsync(BackupArchiveReader archive, CliSettings settings, string connectionString, bool force, ProgressWriter progress, CancellationToken cancellationToken)
    {
        var holds = await PostgresScratch.HoldsStoreAsync(connectionString, cancellationToken).ConfigureAwait(false);
        var plugins = Path.Combine(settings.DataDirectory, DataFolders.Plugins);
        if (!force && (holds || (Directory.Exists(plugins) && Directory.EnumerateFileSystemEntries(plugins).Any())))
        {
            throw new CliException(holds
                ? $"The database at {PostgresTools.Describe(connectionString)} already holds a ContactCenter store; restore into an empty database, or pass --force to replace it."
                : $"{plugins} is not empty; pass --force to replace the installed plugins.", ExitCodes.Refused);
        }

        var scratch = Directory.CreateTempSubdirectory("cc-restore-");
        try
        {
            var dump = Path.Combine(scratch.FullName, "database.dump");
            await archive.ExtractAsync(PostgresBackup.StoreEntry, dump, null, cancellationToken).ConfigureAwait(false);
            progress.Step($"Restoring into {PostgresTools.Describe(connectionString)} (pg_restore, one transaction)…");
            await PostgresTools.RestoreAsync(connectionString, dump, clean: holds, cancellationToken).ConfigureAwait(false);
            var (contents, _) = await PostgresScratch.DigestAsync(connectionString, progress, cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(plugins))
            {
                Directory.Delete(plugins, recursive: true);
            }

            await archive.ExtractDirectoryAsync(DataFolders.Prefix(DataFolders.Plugins), plugins, cancellationToken).ConfigureAwait(false);
            if (archive.Manifest.IncludesSecrets)
            {
                await archive.ExtractDirectoryAsync(DataFolders.Prefix(DataFolders.Secrets), Path.Combine(settings.DataDirectory, DataFolders.Secrets), cancellationToken).ConfigureAwait(false);
            }

            return new VerificationReport(archive.Manifest, contents.CompareTo(archive.Manifest.Contents));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
