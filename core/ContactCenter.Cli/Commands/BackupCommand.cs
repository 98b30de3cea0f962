using System.CommandLine;
using System.Globalization;
using ContactCenter.Cli.Backup;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc backup FILE</c>: one archive with the store, its manifest of counts and checksums, and the plugins.</summary>
internal static class BackupCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("file") { Description = "The backup archive to write (a .zip file)." };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var secrets = new Option<bool>("--include-master-keys")
        {
            Description = "Also archive {data-dir}/secrets (master keys, admin token). Off by default: a backup with its keys decrypts itself.",
        };
        var postgres = PostgresOption.Create("The PostgreSQL store to back up with pg_dump (an Npgsql connection string; the user also needs to create a scratch database). Without it, the embedded store in --data-dir.");
        var command = new Command("backup",
            "Back up the store (a consistent snapshot through the running host, or offline when it is stopped) and the installed plugins.")
        {
            file, force, secrets, postgres,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = options.Read(result);
            var output = result.InvocationConfiguration.Output;
            var backup = new BackupOptions(result.GetValue(file)!, result.GetValue(force), result.GetValue(secrets));
            var manifest = result.GetValue(postgres) is { } connectionString
                ? await PostgresBackup.RunAsync(settings, backup, connectionString, result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false)
                : await LiteDbBackup.RunAsync(settings, backup, result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backed up {manifest.Contents.Collections.Count} collections, {manifest.Contents.DocumentCount:N0} documents, {manifest.Contents.Events.Count:N0} events and {manifest.Files.Count - 1} file(s) to {Path.GetFullPath(backup.ArchivePath)} ({manifest.Method}).")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
