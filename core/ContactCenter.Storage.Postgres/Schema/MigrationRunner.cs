using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Schema;

/// <summary>
/// Applies pending migrations at start-up. It holds a session advisory lock for the whole run, so nodes starting
/// together take turns: the first applies, the others then find everything recorded. Each migration runs in its
/// own transaction with its row in <c>cc_schema_migrations</c> (name, checksum, applied at), so it is applied
/// exactly once. A recorded migration whose checksum differs from the shipped script stops start-up.
/// </summary>
internal sealed class MigrationRunner(IReadOnlyList<Migration> migrations, ILogger logger)
{
    private const string CreateTable =
        "CREATE TABLE IF NOT EXISTS cc_schema_migrations (" +
        "name text COLLATE \"C\" PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";

    /// <summary>Applies what is pending; returns how many migrations ran.</summary>
    public async ValueTask<int> RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = AdvisoryLocks.Migrations }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateTable, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var applied = (await connection.QueryAsync<(string Name, string Checksum)>(new CommandDefinition(
                "SELECT name, checksum FROM cc_schema_migrations", cancellationToken: cancellationToken)).ConfigureAwait(false))
                .ToDictionary(r => r.Name, r => r.Checksum, StringComparer.Ordinal);
            Check(applied);

            var ran = 0;
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Name)))
            {
                await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                ran++;
            }

            return ran;
        }
        finally
        {
            await UnlockAsync(connection).ConfigureAwait(false);
        }
    }

    private async ValueTask UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            // Unlock even when cancelled: a pooled connection must not keep the lock.
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLocks.Migrations }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            // A broken connection released its session lock with it; the original error is the one to report.
            Log.MigrationUnlockFailed(logger, ex);
        }
    }

    private void Check(Dictionary<string, string> applied)
    {
        var problems = new List<string>();
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Name, out var checksum) && !string.Equals(checksum, migration.Checksum, StringComparison.Ordinal))
            {
                problems.Add($"migration {migration.Name} was applied with checksum {checksum} but this version ships {migration.Checksum}: " +
                    "an applied migration must never change; add a new migration instead");
            }
        }

        var known = migrations.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(applied.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal)
            .Select(n => $"migration {n} is recorded in the database but unknown to this version: the database was upgraded by a newer ContactCenter"));
        if (problems.Count > 0)
        {
            throw new PostgresStoreException("The PostgreSQL schema does not match this version: " + string.Join("; ", problems) + ".");
        }
    }

    private async ValueTask ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new PostgresStoreException($"Migration {migration.Name} failed and was rolled back; start-up stops here: {ex.SqlState}: {ex.MessageText}.", ex);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO cc_schema_migrations (name, checksum) VALUES (@name, @checksum)",
            new { name = migration.Name, checksum = migration.Checksum },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Log.MigrationApplied(logger, migration.Name, migration.Checksum);
    }
}
