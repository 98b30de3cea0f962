using System.Data;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Connection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>
/// Applies a <see cref="WriteBatch"/> in one READ COMMITTED transaction, in three round trips: lock and read
/// (collection locks shared, definitions, current versions locked FOR UPDATE in key order), write (every row change
/// and the event append), commit with <c>synchronous_commit = on</c> so the batch is on disk when this returns.
/// A failed guard rolls everything back, events included. Losing an insert race or a deadlock retries the batch.
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
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.InvalidTextRepresentation)
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
                // timeout: all before COMMIT was sent, so the transaction rolled back and trying again is safe.
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

        await using var writes = new NpgsqlBatch(connection, transaction);
        var insert = BatchWriteCommands.Add(writes, plan, batch.Events, now);
        var sequences = new List<long>(batch.Events.Count);

        if (writes.BatchCommands.Count == 0)
        {
            // Every operation cancelled out (e.g. insert then delete of a new document): nothing to send.
            await CommitOrReportAsync(transaction).ConfigureAwait(false);
            return new CommitResult(plan.Results, [], plan.DeletedCount);
        }

        await using (var reader = await writes.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    sequences.Add(reader.GetInt64(0));
                }
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        if (insert is not null && insert.RecordsAffected != plan.Inserts.Count)
        {
            return null;
        }

        await CommitOrReportAsync(transaction).ConfigureAwait(false);
        sequences.Sort();
        return new CommitResult(plan.Results, sequences, plan.DeletedCount);
    }

    private static async ValueTask CommitOrReportAsync(NpgsqlTransaction transaction)
    {
        try
        {
            // Not cancellable: once COMMIT is on its way, a cancellation would leave the caller unsure whether the
            // batch landed.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            // The connection broke during COMMIT: the server may or may not have applied it, so this is never retried.
            throw new PostgresStoreException("The connection to PostgreSQL failed while committing a batch: it may or may not have been applied.", ex);
        }
    }

    /// <summary>PostgreSQL keeps microseconds: cut the ticks here so what a commit returns is what a read returns.</summary>
    internal static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
