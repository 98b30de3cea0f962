using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Schema;

/// <summary>
/// The store's collections, kept in the LiteDB collection <c>cc_meta</c> and cached in memory. Only the writer thread
/// changes it, after the transaction that recorded the change has committed; readers see an immutable snapshot.
/// </summary>
internal sealed class CollectionCatalog
{
    /// <summary>The LiteDB collection holding the catalog.</summary>
    public const string MetaCollection = "cc_meta";

    private volatile Dictionary<string, CollectionSchema> _schemas = new(StringComparer.Ordinal);

    /// <summary>The schema of <paramref name="name"/>, or <see langword="null"/> if nothing was ever stored there.</summary>
    public CollectionSchema? Find(string name) => _schemas.GetValueOrDefault(name);

    /// <summary>Every collection's definition, ordered by name.</summary>
    public IReadOnlyList<Kernel.Storage.CollectionDefinition> Definitions =>
        _schemas.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Definition).ToArray();

    /// <summary>Reads the catalog from the file.</summary>
    public void Load(LiteDatabase database)
    {
        var schemas = new Dictionary<string, CollectionSchema>(StringComparer.Ordinal);
        foreach (var doc in database.GetCollection(MetaCollection).FindAll())
        {
            var fields = doc["f"].AsArray.Select(f => f.AsString).ToArray();
            schemas[doc["_id"].AsString] = new CollectionSchema(doc["_id"].AsString, doc["c"].AsString, fields);
        }

        _schemas = schemas;
    }

    /// <summary>A new schema for a collection not in the catalog (not recorded yet).</summary>
    public static CollectionSchema New(string name)
    {
        // LiteDB keeps every collection name in its 8 KB header page: a short hash keeps room for hundreds of collections.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
        return new CollectionSchema(name, "c" + hash, []);
    }

    /// <summary>Records <paramref name="schema"/> in the open transaction.</summary>
    public static void Save(LiteDatabase database, CollectionSchema schema)
    {
        var doc = new BsonDocument
        {
            ["_id"] = schema.Name,
            ["c"] = schema.LiteName,
            ["f"] = new BsonArray(schema.Fields.Select(f => new BsonValue(f))),
        };
        database.GetCollection(MetaCollection).Upsert(doc);
    }

    /// <summary>Makes committed schemas visible to readers.</summary>
    public void Publish(IEnumerable<CollectionSchema> schemas)
    {
        var next = new Dictionary<string, CollectionSchema>(_schemas, StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            next[schema.Name] = schema;
        }

        _schemas = next;
    }
}
