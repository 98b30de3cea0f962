using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Documents;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>
/// What a batch does to the rows it touches, worked out in memory from the versions read (and locked) in its
/// transaction: the version guards, in batch order (a later operation sees the effect of an earlier one on the same
/// document, as in every provider), the result of each operation, and the net row changes to send.
/// </summary>
internal sealed class BatchPlan
{
    private BatchPlan()
    {
    }

    public List<RawDocument?> Results { get; } = [];

    public int DeletedCount { get; private set; }

    public List<DocumentKey> Deletes { get; } = [];

    public List<DocumentRow> Updates { get; } = [];

    public List<DocumentRow> Inserts { get; } = [];

    public IndexEntryRows Entries { get; } = new();

    /// <summary>Plans <paramref name="batch"/>; throws <see cref="ConcurrencyConflictException"/> on the first failed guard.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="parsed">Its parsed documents.</param>
    /// <param name="versions">The current version of each touched document that exists.</param>
    /// <param name="fields">The indexed fields of each touched collection that declares any.</param>
    /// <param name="now">The write time.</param>
    public static BatchPlan Create(
        WriteBatch batch,
        ParsedBatch parsed,
        IReadOnlyDictionary<DocumentKey, long> versions,
        IReadOnlyDictionary<string, string[]> fields,
        DateTimeOffset now)
    {
        var plan = new BatchPlan();
        var state = new Dictionary<DocumentKey, long?>();
        var last = new Dictionary<DocumentKey, int>();
        var outcomes = VersionGuards.Check(batch, (collection, id) => versions.TryGetValue(new DocumentKey(collection, id), out var stored) ? stored : null);
        for (var i = 0; i < batch.Documents.Count; i++)
        {
            var write = batch.Documents[i];
            var key = new DocumentKey(write.Collection, write.Id);
            var (current, version) = outcomes[i];
            last[key] = i;
            state[key] = version;
            if (version is null)
            {
                plan.DeletedCount += current is null ? 0 : 1;
                plan.Results.Add(null);
                continue;
            }

            plan.Results.Add(new RawDocument(write.Collection, write.Id, write.Json!, version.Value, now));
        }

        foreach (var (key, index) in last)
        {
            plan.AddNetChange(key, versions.ContainsKey(key), batch.Documents[index], parsed, index, state[key], fields);
        }

        return plan;
    }

    private void AddNetChange(
        DocumentKey key, bool existed, DocumentWrite write, ParsedBatch parsed, int index, long? version, IReadOnlyDictionary<string, string[]> fields)
    {
        if (version is null)
        {
            if (existed)
            {
                Deletes.Add(key);
            }

            return;
        }

        var row = new DocumentRow(key, IndexKeys.ForId(key.Id), write.Json!, version.Value);
        (existed ? Updates : Inserts).Add(row);
        if (fields.TryGetValue(key.Collection, out var indexed))
        {
            IndexKeys.Add(Entries, key.Collection, key.Id, parsed[index]!.Value, indexed);
        }
    }
}
