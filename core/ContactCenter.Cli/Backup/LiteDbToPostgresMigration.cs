using System.Globalization;
using ContactCenter.Cli.Connection;
using ContactCenter.Kernel.Backup;
using ContactCenter.Storage.LiteDb;
using ContactCenter.Storage.Postgres;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// <c>cc migrate --from litedb --to postgres</c>: copies the stopped node's embedded store into an empty PostgreSQL
/// database and compares counts and checksums of both at the end. Re-running it after a success finds the same
/// contents and changes nothing; a target holding anything else is refused.
/// </summary>
internal static class LiteDbToPostgresMigration
{
    public static async Task<(IReadOnlyList<string> Problems, StoreContents Contents, bool AlreadyDone)> RunAsync(CliSettings settings, string connectionString, ProgressWriter progress, TextWriter error, CancellationToken cancellationToken)
    {
        if (HostLocator.Locate(settings, error) is not null)
        {
            throw new CliException($"A host is running on {settings.DataDirectory}; stop it so that nothing is written during the migration.", ExitCodes.Refused);
        }

        if (!File.Exists(Path.Combine(settings.DataDirectory, LiteDbScratch.DataFileName)))
        {
            throw new CliException($"There is no store in {settings.DataDirectory} ({LiteDbScratch.DataFileName} is missing).", ExitCodes.Refused);
        }

        using var source = new LiteDbDocumentStore(settings.DataDirectory, TimeProvider.System);
        try
        {
            await source.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Refused, ex);
        }

        var target = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = connectionString }, TimeProvider.System);
        await using (target.ConfigureAwait(false))
        {
            try
            {
                await target.InitializeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresStoreException ex)
            {
                throw new CliException(ex.Message, ExitCodes.Connection, ex);
            }

            progress.Step("Reading the source…");
            var expected = await StoreDigest.ComputeAsync(source, source, progress.Counter("documents and events read"), cancellationToken).ConfigureAwait(false);
            var before = await StoreDigest.ComputeAsync(target, target, null, cancellationToken).ConfigureAwait(false);
            if (before.Collections.Count > 0 || before.Events.Count > 0)
            {
                if (before.CompareTo(expected).Count == 0)
                {
                    return ([], expected, true);
                }

                throw new CliException(string.Create(CultureInfo.InvariantCulture,
                    $"The database at {PostgresTools.Describe(connectionString)} is not empty ({before.DocumentCount} documents, {before.Events.Count} events) and does not match the source; migrate into an empty database."),
                    ExitCodes.Refused);
            }

            progress.Step(string.Create(CultureInfo.InvariantCulture, $"Copying {expected.DocumentCount:N0} documents and {expected.Events.Count:N0} events to {PostgresTools.Describe(connectionString)}…"));
            try
            {
                await StoreCopier.CopyAsync(source, source, target, progress.Counter("copied", expected.DocumentCount + expected.Events.Count), cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                throw new CliException($"The migration stopped: {ex.Message}", ExitCodes.Refused, ex);
            }

            progress.Step("Comparing counts and checksums…");
            var after = await StoreDigest.ComputeAsync(target, target, progress.Counter("documents and events read"), cancellationToken).ConfigureAwait(false);
            return (after.CompareTo(expected), expected, false);
        }
    }
}
