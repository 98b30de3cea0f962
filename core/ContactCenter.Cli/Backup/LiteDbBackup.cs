using System.Globalization;
using System.IO.Compression;
using ContactCenter.Cli.Connection;
using ContactCenter.Storage.LiteDb;

namespace ContactCenter.Cli.Backup;

/// <summary><c>cc backup</c> of the embedded store: snapshot, digest, then one archive with the plugins (and the secrets when asked).</summary>
internal static class LiteDbBackup
{
    public const string StoreEntry = DataFolders.StorePrefix + LiteDbScratch.DataFileName;

    public static async Task<BackupManifest> RunAsync(CliSettings settings, BackupOptions options, TextWriter error, CancellationToken cancellationToken)
    {
        var progress = new ProgressWriter(error);
        var scratch = Directory.CreateTempSubdirectory("cc-backup-");
        try
        {
            var snapshot = Path.Combine(scratch.FullName, LiteDbScratch.DataFileName);
            var method = await LiteDbSnapshotSource.TakeAsync(settings, snapshot, progress, error, cancellationToken).ConfigureAwait(false);
            progress.Step("Counting and checksumming the snapshot…");
            var (contents, schema) = await LiteDbScratch.DigestAsync(scratch.FullName, progress, cancellationToken).ConfigureAwait(false);

            using var archive = BackupArchiveWriter.Create(options.ArchivePath, options.Overwrite);
            progress.Step("Writing the archive…");
            await archive.AddFileAsync(StoreEntry, snapshot, CompressionLevel.Fastest, progress.Counter("store bytes archived", new FileInfo(snapshot).Length), cancellationToken).ConfigureAwait(false);
            var plugins = await archive.AddDirectoryAsync(DataFolders.Prefix(DataFolders.Plugins), Path.Combine(settings.DataDirectory, DataFolders.Plugins), cancellationToken).ConfigureAwait(false);
            progress.Step(string.Create(CultureInfo.InvariantCulture, $"  {plugins} plugin file(s) archived."));
            if (options.IncludeSecrets)
            {
                await SecretsWarning.WriteAsync(error).ConfigureAwait(false);
                await archive.AddDirectoryAsync(DataFolders.Prefix(DataFolders.Secrets), Path.Combine(settings.DataDirectory, DataFolders.Secrets), cancellationToken).ConfigureAwait(false);
            }

            var manifest = new BackupManifest(BackupManifest.CurrentFormat, "LiteDb", schema, CliInfo.Version, TimeProvider.System.GetUtcNow(),
                method, options.IncludeSecrets, contents, []);
            await archive.FinishAsync(manifest, cancellationToken).ConfigureAwait(false);
            return manifest;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
