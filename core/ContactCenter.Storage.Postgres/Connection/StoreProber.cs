using System.Globalization;
using ContactCenter.Kernel.Storage;
using Dapper;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Connection;

/// <summary>Answers <c>/readyz</c>: a round trip to the server that reads the schema version. Never throws.</summary>
internal sealed class StoreProber(NpgsqlDataSource dataSource, ServerTarget target, TimeProvider time)
{
    public async ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            string? schema;
            try
            {
                schema = await ReadSchemaAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException ex) when (ex.IsTransient && !cancellationToken.IsCancellationRequested)
            {
                // A pooled connection the server closed (restart, failover) fails once and leaves the pool: ask
                // again on a fresh one before calling the store unavailable.
                schema = await ReadSchemaAsync(cancellationToken).ConfigureAwait(false);
            }

            var elapsed = time.GetElapsedTime(started).TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture);
            return new StoreProbe(true, $"PostgreSQL at {target} answered in {elapsed} ms (schema {schema}).");
        }
        catch (OperationCanceledException)
        {
            return new StoreProbe(false, $"PostgreSQL at {target} did not answer within the probe's time budget.");
        }
        catch (Exception ex) when (ConnectionFailures.IsConnectionFailure(ex))
        {
            return new StoreProbe(false, $"PostgreSQL at {target} is unavailable: {ConnectionFailures.Reason(ex)}.");
        }
    }

    private async Task<string?> ReadSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT max(name) FROM cc_schema_migrations", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
