using ContactCenter.Kernel.Storage;
using Dapper;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>The first round trip of a commit: what the batch's guards and index keys depend on, read under lock.</summary>
internal static class BatchReads
{
    // One round trip, four statements, each with its own snapshot (READ COMMITTED), so the definitions and versions
    // are read after the locks are granted:
    // 1. durability for this transaction whatever the server or role default is;
    // 2. each touched collection's lock, shared (key order; adding an indexed field takes it exclusive);
    // 3. the touched collections' indexed fields;
    // 4. the touched documents' versions, row-locked in key order (a fixed order keeps two batches from deadlocking).
    private const string Sql =
        "SELECT set_config('synchronous_commit', 'on', true);" +
        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(@lockClass, k) FROM unnest(@lockKeys) AS k) AS locks;" +
        "SELECT name AS Name, indexed_fields AS Fields FROM cc_collections WHERE name = ANY(@names);" +
        "SELECT d.collection AS Collection, d.id AS Id, d.version AS Version FROM cc_documents d " +
        "JOIN unnest(@collections, @ids) AS k(collection, id) ON d.collection = k.collection AND d.id = k.id " +
        "ORDER BY d.collection, d.id FOR UPDATE OF d;";

    public static async ValueTask<BatchState> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, WriteBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Documents.Count == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT set_config('synchronous_commit', 'on', true)", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return new BatchState(new Dictionary<DocumentKey, long>(), new Dictionary<string, string[]>());
        }

        var keys = batch.Documents.Select(w => new DocumentKey(w.Collection, w.Id)).Distinct().ToArray();
        var names = keys.Select(k => k.Collection).Distinct(StringComparer.Ordinal).ToArray();
        var parameters = new
        {
            lockClass = AdvisoryLocks.CollectionClass,
            lockKeys = names.Select(AdvisoryLocks.CollectionKey).Distinct().Order().ToArray(),
            names,
            collections = keys.Select(k => k.Collection).ToArray(),
            ids = keys.Select(k => k.Id).ToArray(),
        };
        await using var grid = await connection.QueryMultipleAsync(
            new CommandDefinition(Sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        _ = await grid.ReadAsync<string>().ConfigureAwait(false);
        _ = await grid.ReadAsync<long>().ConfigureAwait(false);
        var fields = (await grid.ReadAsync<CollectionRow>().ConfigureAwait(false)).ToDictionary(r => r.Name, r => r.Fields, StringComparer.Ordinal);
        var versions = (await grid.ReadAsync<VersionRow>().ConfigureAwait(false)).ToDictionary(r => new DocumentKey(r.Collection, r.Id), r => r.Version);
        return new BatchState(versions, fields);
    }

    private sealed class CollectionRow
    {
        public string Name { get; init; } = string.Empty;

        public string[] Fields { get; init; } = [];
    }

    private sealed record VersionRow(string Collection, string Id, long Version);
}
