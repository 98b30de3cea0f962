using System.Text.Json;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>The sort keys a document gets for its collection's indexed fields, extracted as every provider does.</summary>
internal static class IndexKeys
{
    /// <summary>The fields that get rows in <c>cc_index_entries</c>: all declared ones but the id pseudo-field.</summary>
    public static IEnumerable<string> StoredFields(IEnumerable<string> indexedFields) =>
        indexedFields.Where(f => f != QueryRules.IdField);

    /// <summary>The sort key of the document id (ordering and filtering on <c>id</c>).</summary>
    public static byte[] ForId(string id) => SortKey.Encode(IndexValue.FromString(id));

    /// <summary>Appends one entry per stored field of <paramref name="fields"/> to <paramref name="entries"/>.</summary>
    public static void Add(IndexEntryRows entries, string collection, string id, JsonElement document, IEnumerable<string> fields)
    {
        foreach (var field in StoredFields(fields))
        {
            entries.Add(collection, id, field, SortKey.Encode(IndexValue.Extract(document, field)));
        }
    }
}
