using ContactCenter.Storage.Postgres.Documents;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>
/// The statements that apply a <see cref="BatchPlan"/> (sent together in one round trip) and append the batch's
/// events (sent with COMMIT in the next). Each takes its rows as arrays (<c>unnest</c>), so a batch costs the same
/// number of statements whatever its size.
/// </summary>
internal static class WriteStatements
{
    public const string Delete =
        "WITH gone AS (DELETE FROM cc_documents d USING unnest($1::text[], $2::text[]) AS k(collection, id) " +
        "WHERE d.collection = k.collection AND d.id = k.id RETURNING d.collection, d.id) " +
        "DELETE FROM cc_index_entries e USING gone WHERE e.collection = gone.collection AND e.id = gone.id";

    public const string Update =
        "UPDATE cc_documents d SET body = k.body::json, version = k.version, updated_at = $5 " +
        "FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS k(collection, id, body, version) " +
        "WHERE d.collection = k.collection AND d.id = k.id";

    // DO NOTHING: a row that appeared since the versions were read means another batch inserted it first; the
    // caller sees fewer rows affected than planned and retries against the new state.
    public const string Insert =
        "INSERT INTO cc_documents (collection, id, id_key, body, version, updated_at) " +
        "SELECT k.collection, k.id, k.id_key, k.body::json, k.version, $6 " +
        "FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[], $5::bigint[]) AS k(collection, id, id_key, body, version) " +
        "ON CONFLICT (collection, id) DO NOTHING";

    public const string UpsertEntries =
        "INSERT INTO cc_index_entries (collection, id, field, key, id_order) " +
        "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::bytea[]) " +
        "ON CONFLICT (collection, id, field) DO UPDATE SET key = EXCLUDED.key WHERE cc_index_entries.key IS DISTINCT FROM EXCLUDED.key";

    // Taking sequences by updating the single counter row makes appenders queue on that row lock until they
    // commit: sequences are handed out in commit order without gaps, so "events after N" never skips one that
    // commits later with a smaller number. Sent in the same round trip as COMMIT (CommitRoundTrip), after the
    // document writes, so the lock is held for the server's append and commit only, never across a round trip.
    public const string AppendEvents =
        "WITH counter AS (UPDATE cc_event_counter SET last_sequence = last_sequence + $1 RETURNING last_sequence) " +
        "INSERT INTO cc_events (sequence, stream, type, data, time) " +
        "SELECT counter.last_sequence - $1 + e.ordinal, e.stream, e.type, e.data::json, e.time " +
        "FROM counter, unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS e(stream, type, data, time, ordinal) " +
        "RETURNING sequence";

    public static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    public static NpgsqlBatchCommand Entries(IndexEntryRows entries) =>
        Command(UpsertEntries, entries.Collections, entries.Ids, entries.Fields, entries.Keys, entries.IdOrders);
}
