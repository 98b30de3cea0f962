using ContactCenter.Storage.LiteDb.Keys;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Reading;

/// <summary>Reads documents from one LiteDB index over a range of stored keys, in index order.</summary>
internal static class IndexScan
{
    /// <summary>The documents whose stored <paramref name="keyField"/> is in <paramref name="range"/>, lazily.</summary>
    public static IEnumerable<BsonDocument> Read(ILiteCollection<BsonDocument> collection, string keyField, KeyRange range, bool descending) =>
        Build(collection, keyField, range, descending).ToDocuments();

    /// <summary>LiteDB's plan for the same scan (which index, whether it sorts), for tests and diagnostics.</summary>
    public static BsonDocument Plan(ILiteCollection<BsonDocument> collection, string keyField, KeyRange range, bool descending) =>
        Build(collection, keyField, range, descending).GetPlan();

    private static ILiteQueryable<BsonDocument> Build(ILiteCollection<BsonDocument> collection, string keyField, KeyRange range, bool descending)
    {
        var stored = range.ForIndex();
        return collection.Query()
            .Where(BsonExpression.Create($"$.{keyField} BETWEEN @0 AND @1", stored.Lower, stored.Upper))
            .OrderBy(BsonExpression.Create("$." + keyField), descending ? Query.Descending : Query.Ascending);
    }

    /// <summary>
    /// Puts documents that share a stored key (only possible when keys were truncated) in full-key order; documents
    /// with distinct stored keys are already in full-key order.
    /// </summary>
    public static IEnumerable<BsonDocument> InFullKeyOrder(IEnumerable<BsonDocument> rows, string keyField, Func<BsonDocument, string> fullKey, bool descending)
    {
        var group = new List<BsonDocument>();
        string? groupKey = null;
        foreach (var row in rows)
        {
            var key = row[keyField].AsString;
            if (groupKey is not null && key != groupKey)
            {
                foreach (var sorted in Sorted(group, fullKey, descending))
                {
                    yield return sorted;
                }

                group.Clear();
            }

            groupKey = key;
            group.Add(row);
        }

        foreach (var sorted in Sorted(group, fullKey, descending))
        {
            yield return sorted;
        }
    }

    private static BsonDocument[] Sorted(List<BsonDocument> group, Func<BsonDocument, string> fullKey, bool descending)
    {
        if (group.Count < 2)
        {
            return group.ToArray();
        }

        return descending
            ? group.OrderByDescending(fullKey, StringComparer.Ordinal).ToArray()
            : group.OrderBy(fullKey, StringComparer.Ordinal).ToArray();
    }
}
