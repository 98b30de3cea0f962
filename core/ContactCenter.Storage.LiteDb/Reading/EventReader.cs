using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.LiteDb.Writing;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Reading;

/// <summary>Reads the event log: globally by sequence (the <c>_id</c> index), or one stream by its stream key index.</summary>
internal static class EventReader
{
    /// <summary>The index on the stream key.</summary>
    public const string StreamKeyField = "sk";

    public static IReadOnlyList<StoredEvent> Read(LiteDatabase database, EventQuery query)
    {
        if (query.Limit is < 1 or > 10_000)
        {
            throw new InvalidRequestException("limit", "Must be from 1 to 10000.");
        }

        var events = database.GetCollection(BatchApplier.EventsCollection);
        var after = Math.Max(query.AfterSequence, 0);
        var rows = query.Stream is null
            ? events.Query().Where(BsonExpression.Create("$._id > @0", after)).OrderBy(BsonExpression.Create("$._id"))
            : events.Query()
                .Where(BsonExpression.Create($"$.{StreamKeyField} BETWEEN @0 AND @1",
                    BatchApplier.StreamKey(query.Stream, after + 1), query.Stream + "\u0001"))
                .OrderBy(BsonExpression.Create("$." + StreamKeyField));
        return rows.Limit(query.Limit).ToDocuments().Select(ToEvent).ToList();
    }

    private static StoredEvent ToEvent(BsonDocument doc) => new(
        doc["_id"].AsInt64,
        doc["s"].AsString,
        doc["t"].AsString,
        doc["d"].AsString,
        new DateTimeOffset(doc["w"].AsInt64, TimeSpan.Zero));
}
