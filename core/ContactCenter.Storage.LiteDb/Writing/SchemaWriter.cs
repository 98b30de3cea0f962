using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb.Schema;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>Creates a collection or adds indexed fields, on the writer thread, in one transaction.</summary>
internal static class SchemaWriter
{
    /// <summary>Records the collection, fills the new sort keys of existing documents, and ensures every index.</summary>
    /// <returns>The schema to publish once committed.</returns>
    public static CollectionSchema Ensure(LiteDatabase database, CollectionCatalog catalog, CollectionDefinition definition)
    {
        var existing = catalog.Find(definition.Name);
        var schema = (existing ?? CollectionCatalog.New(definition.Name)).With(definition.IndexedFields);
        var added = schema.Fields.Count - (existing?.Fields.Count ?? 0);
        database.BeginTrans();
        if (existing is null || added > 0)
        {
            CollectionCatalog.Save(database, schema);
        }

        var collection = database.GetCollection(schema.LiteName);
        if (existing is not null && added > 0)
        {
            // Documents written before the field was indexed get its key now, before the index is built over them.
            foreach (var doc in collection.FindAll().ToList())
            {
                using var json = JsonDocument.Parse(DocumentMapper.JsonOf(doc));
                DocumentMapper.SetKeys(doc, schema, doc["_id"].AsString, json.RootElement);
                collection.Update(doc);
            }
        }

        collection.EnsureIndex(CollectionSchema.IdKeyField, "$." + CollectionSchema.IdKeyField);
        foreach (var field in schema.Fields)
        {
            var keyField = schema.KeyField(field);
            collection.EnsureIndex(keyField, "$." + keyField);
        }

        database.Commit();
        return schema;
    }
}
