using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb.Keys;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Schema;

/// <summary>
/// The LiteDB shape of a stored document: the JSON as text (so it round-trips byte for byte), its version, the
/// write time in UTC ticks, and one sort key per indexed field plus one for the id.
/// </summary>
internal static class DocumentMapper
{
    private const string Json = "j";
    private const string Version = "v";
    private const string UpdatedTicks = "u";

    /// <summary>Builds the LiteDB document for a write.</summary>
    public static BsonDocument ToBson(CollectionSchema schema, string id, string json, JsonElement root, long version, DateTimeOffset updatedAt)
    {
        var doc = new BsonDocument
        {
            ["_id"] = id,
            [Json] = json,
            [Version] = version,
            [UpdatedTicks] = updatedAt.UtcTicks,
        };
        SetKeys(doc, schema, id, root);
        return doc;
    }

    /// <summary>Recomputes every sort key of <paramref name="doc"/> for <paramref name="schema"/> (after indexes were added).</summary>
    public static void SetKeys(BsonDocument doc, CollectionSchema schema, string id, JsonElement root)
    {
        SetKey(doc, CollectionSchema.IdKeyField, CollectionSchema.IdFullField, SortKeys.IdKey(id));
        foreach (var field in schema.Fields)
        {
            SetKey(doc, schema.KeyField(field), schema.FullField(field), SortKeys.Composite(IndexValue.Extract(root, field), id));
        }
    }

    /// <summary>The full sort key of <paramref name="field"/> in a stored document.</summary>
    public static string FullKey(BsonDocument doc, CollectionSchema schema, string field) =>
        doc.TryGetValue(schema.FullField(field), out var full) ? full.AsString : doc[schema.KeyField(field)].AsString;

    /// <summary>The stored JSON text.</summary>
    public static string JsonOf(BsonDocument doc) => doc[Json].AsString;

    /// <summary>The stored version.</summary>
    public static long VersionOf(BsonDocument doc) => doc[Version].AsInt64;

    /// <summary>The document as the store contract returns it.</summary>
    public static RawDocument ToRaw(string collection, BsonDocument doc) => new(
        collection,
        doc["_id"].AsString,
        doc[Json].AsString,
        doc[Version].AsInt64,
        new DateTimeOffset(doc[UpdatedTicks].AsInt64, TimeSpan.Zero));

    private static void SetKey(BsonDocument doc, string keyField, string fullField, string fullKey)
    {
        var indexed = SortKeys.Indexed(fullKey);
        doc[keyField] = indexed;
        if (indexed.Length == fullKey.Length)
        {
            doc.Remove(fullField);
        }
        else
        {
            doc[fullField] = fullKey;
        }
    }
}
