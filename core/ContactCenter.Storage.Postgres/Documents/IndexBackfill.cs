using System.Text.Json;
using ContactCenter.Storage.Postgres.Writes;
using Dapper;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>
/// Indexes the documents a collection already holds for newly declared fields, in pages, inside the transaction
/// that declares them (which holds the collection's exclusive lock, so no write slips between).
/// </summary>
internal static class IndexBackfill
{
    private const int PageSize = 1000;

    public static async ValueTask RunAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string collection, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var stored = IndexKeys.StoredFields(fields).ToArray();
        if (stored.Length == 0)
        {
            return;
        }

        string? after = null;
        while (true)
        {
            var page = (await connection.QueryAsync<(string Id, string Json)>(new CommandDefinition(
                after is null
                    ? "SELECT id, body::text FROM cc_documents WHERE collection = @collection ORDER BY id LIMIT @limit"
                    : "SELECT id, body::text FROM cc_documents WHERE collection = @collection AND id > @after ORDER BY id LIMIT @limit",
                new { collection, after, limit = PageSize },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
            if (page.Count == 0)
            {
                return;
            }

            var entries = new IndexEntryRows();
            foreach (var (id, json) in page)
            {
                using var document = JsonDocument.Parse(json);
                IndexKeys.Add(entries, collection, id, document.RootElement, stored);
            }

            await using var upsert = new NpgsqlBatch(connection, transaction) { BatchCommands = { WriteStatements.Entries(entries) } };
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            after = page[^1].Id;
        }
    }
}
