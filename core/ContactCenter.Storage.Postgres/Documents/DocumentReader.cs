using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using Dapper;
using ContactCenter.Storage.Postgres.Connection;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>Reads documents: by id, by query (keyset pages), and counts.</summary>
internal sealed class DocumentReader(NpgsqlDataSource dataSource, CollectionCatalog catalog)
{
    public async ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(id);
        if (!StoredNames.IsCollection(collection) || !StoredNames.IsId(id))
        {
            return null;
        }

        var row = await BrokenConnections.ReadAsync(dataSource, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
                "SELECT id AS Id, body::text AS Json, version AS Version, updated_at AS UpdatedAt, id_key AS SortKey " +
                "FROM cc_documents WHERE collection = @collection AND id = @id",
                new { collection, id },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return row?.ToRaw(collection);
    }

    public async ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = await catalog.GetAsync(collection, CollectionCatalog.FieldsOf(query), cancellationToken).ConfigureAwait(false);
        QueryRules.Validate(definition, query);
        var builder = new SqlQueryBuilder(collection, query.OrderBy).Where(query.Filters);
        if (query.ContinuationToken is { } token)
        {
            builder.After(ContinuationToken.Decode(token), query.Descending);
        }

        if (!StoredNames.IsCollection(collection))
        {
            return new RawDocumentPage([], null);
        }

        var rows = await BrokenConnections.ReadAsync(dataSource, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return (await connection.QueryAsync<DocumentRow>(new CommandDefinition(
                builder.SelectPage(query.Descending, query.PageSize + 1), builder.Parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        }).ConfigureAwait(false);
        var items = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize
            ? new ContinuationToken(SortKey.Decode(items[^1].SortKey), items[^1].Id).Encode()
            : null;
        return new RawDocumentPage(items.Select(r => r.ToRaw(collection)).ToList(), next);
    }

    public async ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var query = new DocumentQuery { Filters = filters };
        var definition = await catalog.GetAsync(collection, CollectionCatalog.FieldsOf(query), cancellationToken).ConfigureAwait(false);
        QueryRules.Validate(definition, query);
        var builder = new SqlQueryBuilder(collection, null).Where(filters);
        if (!StoredNames.IsCollection(collection))
        {
            return 0;
        }

        return await BrokenConnections.ReadAsync(dataSource, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                builder.SelectCount(), builder.Parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private sealed class DocumentRow
    {
        public string Id { get; init; } = string.Empty;

        public string Json { get; init; } = string.Empty;

        public long Version { get; init; }

        public DateTime UpdatedAt { get; init; }

        public byte[] SortKey { get; init; } = [];

        public RawDocument ToRaw(string collection) =>
            new(collection, Id, Json, Version, new DateTimeOffset(DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc)));
    }
}
