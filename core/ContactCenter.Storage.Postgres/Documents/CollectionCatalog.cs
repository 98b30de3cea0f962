using System.Collections.Concurrent;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Connection;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>
/// Collection definitions (<c>cc_collections</c>). Queries validate against a cached copy and re-read it when a
/// query names a field the copy lacks (another node may have added it): definitions only grow, so a cached field
/// is never wrong. Writers do not use the cache: they read the definitions inside their transaction, under the
/// collection's shared advisory lock (see <see cref="BatchCommitter"/>).
/// </summary>
internal sealed class CollectionCatalog(NpgsqlDataSource dataSource, ILogger logger)
{
    private const string SelectOne = "SELECT indexed_fields FROM cc_collections WHERE name = @name";

    private readonly ConcurrentDictionary<string, CollectionDefinition> _cache = new(StringComparer.Ordinal);

    /// <summary>The definition to validate <paramref name="fields"/> against.</summary>
    public async ValueTask<CollectionDefinition> GetAsync(string collection, IEnumerable<string> fields, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(collection, out var cached) && Covers(cached.IndexedFields, fields))
        {
            return cached;
        }

        if (!StoredNames.IsCollection(collection))
        {
            // Never written, so never declared: validate against no field (and cache nothing for it).
            return new CollectionDefinition(collection, []);
        }

        var stored = await LoadAsync(collection, cancellationToken).ConfigureAwait(false);
        return Remember(collection, stored ?? []);
    }

    /// <summary>The fields a query names, for <see cref="GetAsync"/>.</summary>
    public static IEnumerable<string> FieldsOf(DocumentQuery query) =>
        query.Filters.Select(f => f.Field).Append(query.OrderBy ?? QueryRules.IdField);

    /// <summary>Creates the collection or adds fields to it, indexing the documents it already holds.</summary>
    public async ValueTask EnsureAsync(CollectionDefinition definition, CancellationToken cancellationToken)
    {
        CollectionNames.Validate(definition.Name);
        var stored = await LoadAsync(definition.Name, cancellationToken).ConfigureAwait(false);
        if (stored is not null && Covers(stored, definition.IndexedFields))
        {
            Remember(definition.Name, stored);
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@lockClass, @key)",
            new { lockClass = AdvisoryLocks.CollectionClass, key = AdvisoryLocks.CollectionKey(definition.Name) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        // Read again under the lock: another node may have added the fields meanwhile.
        var existing = await connection.QuerySingleOrDefaultAsync<string[]>(
            new CommandDefinition(SelectOne, new { name = definition.Name }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var added = definition.IndexedFields.Distinct(StringComparer.Ordinal).Except(existing ?? [], StringComparer.Ordinal).ToArray();
        var fields = (existing ?? []).Concat(added).ToArray();
        if (existing is null || added.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO cc_collections (name, indexed_fields) VALUES (@name, @fields) " +
                "ON CONFLICT (name) DO UPDATE SET indexed_fields = EXCLUDED.indexed_fields, updated_at = now()",
                new { name = definition.Name, fields },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await IndexBackfill.RunAsync(connection, transaction, definition.Name, added, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Remember(definition.Name, fields);
        if (added.Length > 0)
        {
            Log.CollectionIndexed(logger, definition.Name, string.Join(", ", fields));
        }
    }

    private async ValueTask<string[]?> LoadAsync(string collection, CancellationToken cancellationToken)
    {
        return await BrokenConnections.ReadAsync(dataSource, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await connection.QuerySingleOrDefaultAsync<string[]>(
                new CommandDefinition(SelectOne, new { name = collection }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private CollectionDefinition Remember(string collection, IReadOnlyList<string> fields)
    {
        var definition = new CollectionDefinition(collection, fields);
        _cache[collection] = definition;
        return definition;
    }

    private static bool Covers(IReadOnlyList<string> indexed, IEnumerable<string> fields) =>
        fields.All(f => f == QueryRules.IdField || indexed.Contains(f, StringComparer.Ordinal));
}
