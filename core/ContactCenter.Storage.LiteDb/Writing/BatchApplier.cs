using System.Globalization;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.LiteDb.Schema;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>
/// Applies the batches of one group commit inside the writer thread's open transaction. Each batch's version guards
/// are checked first, against the transaction's state (which includes the earlier batches of the group), so a
/// refused batch writes nothing and the others go on.
/// </summary>
internal sealed class BatchApplier(LiteDatabase database, CollectionCatalog catalog, DateTimeOffset now, long lastSequence)
{
    /// <summary>The LiteDB collection of the event log.</summary>
    public const string EventsCollection = "cc_events";

    private readonly Dictionary<string, CollectionSchema> _created = new(StringComparer.Ordinal);

    /// <summary>The last event sequence given out, including this group's.</summary>
    public long LastSequence { get; private set; } = lastSequence;

    /// <summary>Collections this group created, to publish once it has committed.</summary>
    public IEnumerable<CollectionSchema> CreatedSchemas => _created.Values;

    /// <summary>The stream key of an event: the stream, a terminator, the zero-padded sequence.</summary>
    public static string StreamKey(string stream, long sequence) =>
        stream + "\0" + sequence.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Checks the batch's guards, then writes it.</summary>
    /// <exception cref="ConcurrencyConflictException">A guard failed; nothing of the batch was written.</exception>
    public CommitResult Apply(BatchJob job)
    {
        var versions = CheckGuards(job.Batch);
        var documents = new List<RawDocument?>(job.Batch.Documents.Count);
        var deleted = 0;
        for (var i = 0; i < job.Batch.Documents.Count; i++)
        {
            var write = job.Batch.Documents[i];
            var schema = SchemaFor(write.Collection);
            var collection = database.GetCollection(schema.LiteName);
            if (write.Kind == DocumentWriteKind.Delete)
            {
                deleted += collection.Delete(write.Id) ? 1 : 0;
                documents.Add(null);
                continue;
            }

            var doc = DocumentMapper.ToBson(schema, write.Id, write.Json!, job.Parsed[i]!.RootElement, versions[i], now);
            collection.Upsert(doc);
            documents.Add(new RawDocument(write.Collection, write.Id, write.Json!, versions[i], now));
        }

        var sequences = new List<long>(job.Batch.Events.Count);
        var events = database.GetCollection(EventsCollection);
        foreach (var append in job.Batch.Events)
        {
            var sequence = ++LastSequence;
            events.Insert(new BsonDocument
            {
                ["_id"] = sequence,
                ["s"] = append.Stream,
                ["t"] = append.Type,
                ["d"] = append.Json,
                ["w"] = append.Time.UtcTicks,
                ["sk"] = StreamKey(append.Stream, sequence),
            });
            sequences.Add(sequence);
        }

        return new CommitResult(documents, sequences, deleted);
    }

    private long[] CheckGuards(WriteBatch batch) =>
        VersionGuards.Check(batch, ReadVersion).Select(w => (w.Before ?? 0) + 1).ToArray();

    private long? ReadVersion(string collection, string id)
    {
        var schema = _created.GetValueOrDefault(collection) ?? catalog.Find(collection);
        return schema is not null && database.GetCollection(schema.LiteName).FindById(id) is { } doc
            ? DocumentMapper.VersionOf(doc)
            : null;
    }

    private CollectionSchema SchemaFor(string collection)
    {
        if ((_created.GetValueOrDefault(collection) ?? catalog.Find(collection)) is { } known)
        {
            return known;
        }

        // A collection first written without EnsureCollection is a plain one: reachable by id, ordered by id.
        var schema = CollectionCatalog.New(collection);
        CollectionCatalog.Save(database, schema);
        database.GetCollection(schema.LiteName).EnsureIndex(CollectionSchema.IdKeyField, "$." + CollectionSchema.IdKeyField);
        _created[collection] = schema;
        return schema;
    }
}
