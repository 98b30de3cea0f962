using System.CommandLine;
using System.Globalization;
using ContactCenter.Cli.Backup;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc migrate --from litedb --to postgres</c>: moves a stopped single-node installation to PostgreSQL.</summary>
internal static class MigrateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var from = new Option<string>("--from") { Description = "The source provider: litedb (the store in --data-dir).", Required = true };
        var to = new Option<string>("--to") { Description = "The target provider: postgres.", Required = true };
        var postgres = PostgresOption.Create("The target PostgreSQL database (an Npgsql connection string); it must be empty.");
        var command = new Command("migrate", "Copy every document (with its version), the event log (in order) and all kernel and plugin data from the embedded store to PostgreSQL, then compare counts and checksums.")
        {
            from, to, postgres,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!string.Equals(result.GetValue(from), "litedb", StringComparison.OrdinalIgnoreCase) || !string.Equals(result.GetValue(to), "postgres", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"cc migrate moves litedb to postgres; got --from {result.GetValue(from)} --to {result.GetValue(to)}.");
            }

            var connectionString = result.GetValue(postgres) ?? throw new CliException("--postgres <connection string> names the target database.");
            PostgresTools.Builder(connectionString);
            var settings = options.Read(result);
            var output = result.InvocationConfiguration.Output;
            var (problems, contents, alreadyDone) = await LiteDbToPostgresMigration.RunAsync(settings, connectionString, new ProgressWriter(result.InvocationConfiguration.Error), result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
            var summary = string.Create(CultureInfo.InvariantCulture, $"{contents.Collections.Count} collections, {contents.DocumentCount:N0} documents, {contents.Events.Count:N0} events");
            if (alreadyDone)
            {
                await output.WriteLineAsync($"The target already holds exactly the source ({summary}): nothing to do.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (problems.Count > 0)
            {
                await output.WriteLineAsync($"Migration copied the data but the target does not match the source ({problems.Count} mismatch(es)):").ConfigureAwait(false);
                foreach (var problem in problems)
                {
                    await output.WriteLineAsync("  " + problem).ConfigureAwait(false);
                }

                return ExitCodes.VerificationFailed;
            }

            await output.WriteLineAsync($"Migrated {summary}; every count and checksum matches.").ConfigureAwait(false);
            await output.WriteLineAsync("Next: start the host with CC__Storage__Provider=Postgres and CC__Storage__Postgres__ConnectionString; plugin files stay in the data directory.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
