using System.Data;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Connection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>
/// Applies a <see cref="WriteBatch"/> in one READ COMMITTED transaction, in up to three round trips:
/// <list type="number">
/// <item>lock and read: <c>synchronous_commit = on</c> for the transaction (the batch is on disk when this returns),
/// collection locks shared, definitions, current versions locked FOR UPDATE in key order;</item>
/// <item>the document writes (skipped when there are none), so the count of rows inserted is checked before
/// anything commits: losing an insert race rolls back and retries;</item>
/// <item>the event append and <c>COMMIT</c> together (<see cref="CommitRoundTrip"/>).</item>
/// </list>
/// The append takes the single event-counter row lock, which hands out sequences in commit order; sending it with
/// COMMIT means the lock is held for server work only (the append, the commit and its WAL flush), never across a
/// client round trip, so event-bearing batches no longer queue behind each other's network and scheduling delays. A batch without events ends the same way with
/// a lone COMMIT: the same round trips as before, and folding COMMIT into the write round trip instead would commit
/// before the client has checked the insert count. A failed guard rolls everything back, events included. Losing an
/// insert race, a deadlock or another transient failure before COMMIT is sent (or an ERROR answer to the last round
/// trip, which commits nothing) retries the batch; a connection lost with COMMIT in flight is reported as "may or may
/// not have been applied" and never retried.
/// </summary>
internal sealed class BatchCommitter(NpgsqlDataSource dataSource, TimeProvider time, ILogger logger)
{
    private const int MaxAttempts = 8;

    public async ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.IsEmpty)
        {
            return new CommitResult([], [], 0);
        }

        using var parsed = ParsedBatch.Parse(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await TryCommitAsync(batch, parsed, cancellationToken).ConfigureAwait(false) is { } result)
                {
                    return result;
                }

                Log.BatchRetried(logger, attempt, "a document it inserts was inserted by another writer first");
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.InvalidTextRepresentation
                or PostgresErrorCodes.CharacterNotInRepertoire)
            {
                throw new InvalidRequestException("document", $"PostgreSQL refused a value of the batch: {ex.MessageText}. Nothing was written.");
            }
            catch (NpgsqlException ex) when (ex.IsTransient && attempt < MaxAttempts)
            {
                if (BrokenConnections.IsBroken(ex))
                {
                    dataSource.Clear();
                }

                // Deadlock, serialization failure, a pooled connection the server closed (restart, failover), a
                // timeout: all before COMMIT was sent, or an ERROR answer to the commit round trip (the transaction
                // did not commit), so it rolled back and trying again is safe.
                Log.BatchRetried(logger, attempt, ex is PostgresException pg ? pg.SqlState : ex.GetType().Name);
            }

            if (attempt >= MaxAttempts)
            {
                throw new InvalidOperationException($"The batch could not be committed after {MaxAttempts} attempts against concurrent writers. Nothing was written.");
            }
        }
    }

    private async ValueTask<CommitResult?> TryCommitAsync(WriteBatch batch, ParsedBatch parsed, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        var state = await BatchReads.ReadAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
        var now = Truncate(time.GetUtcNow());
        var plan = BatchPlan.Create(batch, parsed, state.Versions, state.Fields, now);

        await using (var writes = new NpgsqlBatch(connection, transaction))
        {
            var insert = BatchWriteCommands.Add(writes, plan, now);
            if (writes.BatchCommands.Count > 0)
            {
                await writes.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (insert is not null && insert.RecordsAffected != plan.Inserts.Count)
                {
                    return null;
                }
            }
        }

        var sequences = await CommitRoundTrip.RunAsync(connection, transaction, batch.Events).ConfigureAwait(false);
        return new CommitResult(plan.Results, sequences, plan.DeletedCount);
    }

    /// <summary>PostgreSQL keeps microseconds: cut the ticks here so what a commit returns is what a read returns.</summary>
    internal static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
