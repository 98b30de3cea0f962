using System.IO.Compression;
using ContactCenter.Cli.Connection;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// <c>cc backup --postgres</c>: <c>pg_dump</c> in custom format (one consistent snapshot of the database, taken by
/// PostgreSQL itself while the platform keeps running). The manifest's counts and checksums are computed from the
/// dump restored into a scratch database, so they describe exactly what was dumped, and a dump that would not
/// restore is caught at backup time.
/// </summary>
internal static class PostgresBackup
{
    public const string StoreEntry = DataFolders.StorePrefix + "database.dump";

    public static async Task<BackupManifest> RunAsync(CliSettings settings, BackupOptions options, string connectionString, TextWriter error, CancellationToken cancellationToken)
    {
        var progress = new ProgressWriter(error);
        var scratch = Directory.CreateTempSubdirectory("cc-backup-");
        try
        {
            var dump = Path.Combine(scratch.FullName, "database.dump");
            progress.Step($"Dumping PostgreSQL at {PostgresTools.Describe(connectionString)} (pg_dump, custom format)…");
            await PostgresTools.DumpAsync(connectionString, dump, cancellationToken).ConfigureAwait(false);
            var (contents, schema) = await PostgresScratch.DigestDumpAsync(connectionString, dump, progress, cancellationToken).ConfigureAwait(false);

            using var archive = BackupArchiveWriter.Create(options.ArchivePath, options.Overwrite);
            progress.Step("Writing the archive…");

            // pg_dump's custom format is compressed already.
            await archive.AddFileAsync(StoreEntry, dump, CompressionLevel.NoCompression, progress.Counter("dump bytes archived", new FileInfo(dump).Length), cancellationToken).ConfigureAwait(false);
            await archive.AddDirectoryAsync(DataFolders.Prefix(DataFolders.Plugins), Path.Combine(settings.DataDirectory, DataFolders.Plugins), cancellationToken).ConfigureAwait(false);
            if (options.IncludeSecrets)
            {
                await SecretsWarning.WriteAsync(error).ConfigureAwait(false);
                await archive.AddDirectoryAsync(DataFolders.Prefix(DataFolders.Secrets), Path.Combine(settings.DataDirectory, DataFolders.Secrets), cancellationToken).ConfigureAwait(false);
            }

            var manifest = new BackupManifest(BackupManifest.CurrentFormat, "Postgres", schema, CliInfo.Version, TimeProvider.System.GetUtcNow(),
                "pg_dump", options.IncludeSecrets, contents, []);
            await archive.FinishAsync(manifest, cancellationToken).ConfigureAwait(false);
            return manifest;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
