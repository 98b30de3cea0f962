using ContactCenter.Kernel.Backup;
using ContactCenter.Storage.Postgres;
using Npgsql;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// A temporary database on a PostgreSQL server: a dump is restored into it and summed up, then it is dropped.
/// The connection's user needs the right to create databases.
/// </summary>
internal static class PostgresScratch
{
    public static async Task<(StoreContents Contents, string SchemaVersion)> DigestDumpAsync(string serverConnectionString, string dumpFile, ProgressWriter progress, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresTools.Builder(serverConnectionString).ConnectionString) { Pooling = false };
        var name = "cc_scratch_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", "create a scratch database", cancellationToken).ConfigureAwait(false);
        try
        {
            var scratch = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString;
            progress.Step($"Restoring the dump into the scratch database {name}…");
            await PostgresTools.RestoreAsync(scratch, dumpFile, clean: false, cancellationToken).ConfigureAwait(false);
            return await DigestAsync(scratch, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", "drop the scratch database", CancellationToken.None).ConfigureAwait(false);
        }
    }

    public static async Task<(StoreContents Contents, string SchemaVersion)> DigestAsync(string connectionString, ProgressWriter progress, CancellationToken cancellationToken)
    {
        var store = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = connectionString }, TimeProvider.System);
        await using (store.ConfigureAwait(false))
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            progress.Step("Counting and checksumming…");
            var contents = await StoreDigest.ComputeAsync(store, store, progress.Counter("documents and events read"), cancellationToken).ConfigureAwait(false);
            progress.Step($"  documents and events read: {contents.DocumentCount} documents in {contents.Collections.Count} collections, {contents.Events.Count} events.");
            return (contents, store.SchemaVersion);
        }
    }

    /// <summary>Whether the database already holds a ContactCenter store (any <c>cc_</c> table).</summary>
    public static async Task<bool> HoldsStoreAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await OpenAsync(connection, connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'cc\\_%' AND schemaname = current_schema()", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L) > 0;
    }

    private static async Task ExecuteAsync(string connectionString, string sql, string what, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await OpenAsync(connection, connectionString, cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new CliException($"Cannot {what} on {PostgresTools.Describe(connectionString)}: {ex.MessageText}", ExitCodes.Refused, ex);
        }
    }

    private static async Task OpenAsync(NpgsqlConnection connection, string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new CliException($"Cannot connect to PostgreSQL at {PostgresTools.Describe(connectionString)}: {ex.Message}", ExitCodes.Connection, ex);
        }
    }
}
