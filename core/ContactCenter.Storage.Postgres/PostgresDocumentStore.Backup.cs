using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Schema;
using Dapper;

namespace ContactCenter.Storage.Postgres;

/// <summary>Backup support: the catalog of collections (the data itself is copied with <c>pg_dump</c>).</summary>
public sealed partial class PostgresDocumentStore : IStoreCatalog
{
    /// <inheritdoc />
    public string SchemaVersion => EmbeddedMigrations.All[^1].Name;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<(string Name, string[] Fields)>(new CommandDefinition(
                "SELECT name, indexed_fields FROM cc_collections ORDER BY name", cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => new CollectionDefinition(r.Name, r.Fields)).ToArray();
        }
    }
}
