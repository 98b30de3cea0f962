using System.Globalization;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Storage.LiteDb.Schema;

/// <summary>
/// How one store collection lives in LiteDB: its LiteDB collection, and the slot of each indexed field. Slots never
/// move, so adding an indexed field leaves the existing indexes alone.
/// </summary>
/// <param name="Name">The store collection name.</param>
/// <param name="LiteName">The LiteDB collection holding it.</param>
/// <param name="Fields">The indexed fields, in slot order.</param>
internal sealed record CollectionSchema(string Name, string LiteName, IReadOnlyList<string> Fields)
{
    /// <summary>The document field holding the id's key (the index on it orders by id).</summary>
    public const string IdKeyField = "ik";

    /// <summary>The document field holding the id's full key when the index holds a truncated one.</summary>
    public const string IdFullField = "fk";

    /// <summary>The definition this schema stores.</summary>
    public CollectionDefinition Definition => new(Name, Fields);

    /// <summary>The document field whose LiteDB index holds <paramref name="field"/>'s (possibly truncated) key.</summary>
    public string KeyField(string field) =>
        field == QueryRules.IdField ? IdKeyField : "i" + SlotOf(field).ToString(CultureInfo.InvariantCulture);

    /// <summary>The document field holding <paramref name="field"/>'s full key when its index key was truncated.</summary>
    public string FullField(string field) =>
        field == QueryRules.IdField ? IdFullField : "f" + SlotOf(field).ToString(CultureInfo.InvariantCulture);

    /// <summary>This schema with <paramref name="fields"/> added to the end (those not there yet).</summary>
    public CollectionSchema With(IEnumerable<string> fields) =>
        this with { Fields = Fields.Concat(fields.Where(f => f != QueryRules.IdField).Except(Fields, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToArray() };

    private int SlotOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"'{field}' is not an indexed field of '{Name}'.");
    }
}
