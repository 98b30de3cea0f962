using System.CommandLine;
using ContactCenter.Cli.Backup;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc restore FILE</c> into the data directory, or <c>cc restore --verify FILE</c> into a scratch location.</summary>
internal static class RestoreCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("file") { Description = "The backup archive." };
        var verify = new Option<bool>("--verify") { Description = "Restore into a scratch location, compare counts and checksums with the manifest, report, and delete it." };
        var force = new Option<bool>("--force") { Description = "Restore into a data directory that is not empty, replacing its store and plugins." };
        var postgres = PostgresOption.Create("For a PostgreSQL backup: the database to restore into, or with --verify the server to create the scratch database on.");
        var command = new Command("restore", "Restore a backup into --data-dir (refusing a non-empty one unless --force), or check it with --verify.")
        {
            file, verify, force, postgres,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = options.Read(result);
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var progress = new ProgressWriter(error);
            using var archive = BackupArchiveReader.Open(result.GetValue(file)!);
            var connectionString = result.GetValue(postgres);
            var isPostgres = archive.Manifest.Provider == "Postgres";
            if (isPostgres != connectionString is not null)
            {
                throw new CliException(isPostgres
                    ? $"{archive.Path} is a backup of a PostgreSQL store: pass --postgres <connection string>."
                    : $"{archive.Path} is a backup of a {archive.Manifest.Provider} store: it restores into --data-dir, not into PostgreSQL (see cc migrate).");
            }

            progress.Step("Checking the archive's files against the manifest…");
            var files = await archive.VerifyFilesAsync(cancellationToken).ConfigureAwait(false);
            if (files.Count > 0)
            {
                await new VerificationReport(archive.Manifest, files).PrintAsync(output, "Archive").ConfigureAwait(false);
                return ExitCodes.VerificationFailed;
            }

            if (archive.Manifest.IncludesSecrets)
            {
                await error.WriteLineAsync("Note: this backup carries the secrets folder (master keys, admin token).").ConfigureAwait(false);
            }

            VerificationReport report;
            if (result.GetValue(verify))
            {
                report = isPostgres
                    ? await PostgresRestore.VerifyAsync(archive, connectionString!, progress, cancellationToken).ConfigureAwait(false)
                    : await VerifyLiteDbAsync(archive, progress, cancellationToken).ConfigureAwait(false);

                await report.PrintAsync(output, "Verified in a scratch copy").ConfigureAwait(false);
            }
            else
            {
                if (isPostgres)
                {
                    report = await PostgresRestore.RestoreAsync(archive, settings, connectionString!, result.GetValue(force), progress, cancellationToken).ConfigureAwait(false);
                    await report.PrintAsync(output, $"Restored into {PostgresTools.Describe(connectionString!)}").ConfigureAwait(false);
                }
                else
                {
                    report = await LiteDbRestore.RestoreAsync(archive, settings, result.GetValue(force), progress, error, cancellationToken).ConfigureAwait(false);
                    await report.PrintAsync(output, report.Passed ? $"Restored into {settings.DataDirectory}" : "Not restored (nothing changed)").ConfigureAwait(false);
                }
            }

            return report.Passed ? ExitCodes.Success : ExitCodes.VerificationFailed;
        });
        return command;
    }

    private static async Task<VerificationReport> VerifyLiteDbAsync(BackupArchiveReader archive, ProgressWriter progress, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"cc-verify-{Guid.NewGuid():N}");
        try
        {
            return await LiteDbRestore.StageAsync(archive, scratch, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
