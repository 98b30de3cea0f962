using ContactCenter.Kernel.Storage;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>
/// The last round trip of a commit: the event append (if the batch has events) and <c>COMMIT</c>, in one
/// <see cref="NpgsqlBatch"/>. The server runs them back to back, so the event counter's row lock is taken and
/// released without waiting for the client.
/// </summary>
/// <remarks>
/// <c>COMMIT</c> is sent as SQL inside the transaction that <see cref="NpgsqlConnection.BeginTransactionAsync(System.Data.IsolationLevel, CancellationToken)"/>
/// opened. Npgsql takes the transaction state from the status every ReadyForQuery message carries, not from which
/// API ended the transaction: after this batch the connection is idle, the <see cref="NpgsqlTransaction"/> counts as
/// completed (disposing it sends nothing) and the pooled connection is ready for its next user. If a statement
/// fails, the server skips the rest of the batch (one Sync at its end), so <c>COMMIT</c> never runs after a failed
/// append and disposing the still-open transaction rolls it back.
/// </remarks>
internal static class CommitRoundTrip
{
    private const string Commit = "COMMIT";

    /// <summary>Appends <paramref name="events"/> and commits; returns the events' sequences in ascending order.</summary>
    /// <exception cref="PostgresStoreException">The connection failed while <c>COMMIT</c> was in flight: the batch may or may not have been applied.</exception>
    /// <exception cref="PostgresException">The server refused a statement (an ERROR): the transaction did not commit.</exception>
    public static async ValueTask<IReadOnlyList<long>> RunAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<EventAppend> events)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (events.Count > 0)
        {
            batch.BatchCommands.Add(WriteStatements.Command(
                WriteStatements.AppendEvents,
                (long)events.Count,
                events.Select(e => e.Stream).ToArray(),
                events.Select(e => e.Type).ToArray(),
                events.Select(e => e.Json).ToArray(),
                events.Select(e => BatchCommitter.Truncate(e.Time)).ToArray()));
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(Commit));
        var sequences = new List<long>(events.Count);
        try
        {
            // Not cancellable: once COMMIT is on its way, a cancellation would leave the caller unsure whether the
            // batch landed.
            await using var reader = await batch.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false);
            do
            {
                while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    sequences.Add(reader.GetInt64(0));
                }
            }
            while (await reader.NextResultAsync(CancellationToken.None).ConfigureAwait(false));
        }
        catch (NpgsqlException ex) when (!IsStatementError(ex))
        {
            // The connection broke (or the server ended the session) with COMMIT in flight: the server may or may
            // not have applied it, so this is never retried.
            throw new PostgresStoreException("The connection to PostgreSQL failed while committing a batch: it may or may not have been applied.", ex);
        }

        sequences.Sort();
        return sequences;
    }

    /// <summary>
    /// An ERROR aborts the transaction and leaves the session usable: either the append failed (and COMMIT was
    /// skipped) or COMMIT itself failed and rolled back. Either way nothing was applied. FATAL and PANIC end the
    /// session, possibly after the commit was already durable.
    /// </summary>
    private static bool IsStatementError(NpgsqlException exception) =>
        exception is PostgresException { InvariantSeverity: "ERROR" };
}
