using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Connection;
using Dapper;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Events;

/// <summary>Reads the event log in sequence order, from the primary key or the (stream, sequence) index.</summary>
internal sealed class EventReader(NpgsqlDataSource dataSource)
{
    private const string Columns = "SELECT sequence AS Sequence, stream AS Stream, type AS Type, data::text AS Json, time AS Time FROM cc_events ";

    public async ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 10_000)
        {
            throw new InvalidRequestException("limit", "Must be from 1 to 10000.");
        }

        if (query.Stream is not null && !Documents.StoredNames.IsStream(query.Stream))
        {
            return [];
        }

        var sql = query.Stream is null
            ? Columns + "WHERE sequence > @after ORDER BY sequence LIMIT @limit"
            : Columns + "WHERE stream = @stream AND sequence > @after ORDER BY sequence LIMIT @limit";
        return await BrokenConnections.ReadAsync(dataSource, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
                sql, new { stream = query.Stream, after = query.AfterSequence, limit = query.Limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return (IReadOnlyList<StoredEvent>)rows.Select(r => r.ToStored()).ToList();
        }).ConfigureAwait(false);
    }

    private sealed class EventRow
    {
        public long Sequence { get; init; }

        public string Stream { get; init; } = string.Empty;

        public string Type { get; init; } = string.Empty;

        public string Json { get; init; } = string.Empty;

        public DateTime Time { get; init; }

        public StoredEvent ToStored() =>
            new(Sequence, Stream, Type, Json, new DateTimeOffset(DateTime.SpecifyKind(Time, DateTimeKind.Utc)));
    }
}
