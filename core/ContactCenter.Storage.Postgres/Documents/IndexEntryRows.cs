namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>Index entries as parallel arrays, the shape <c>unnest(...)</c> takes them in one statement.</summary>
internal sealed class IndexEntryRows
{
    private readonly List<string> _collections = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _fields = [];
    private readonly List<byte[]> _keys = [];

    public int Count => _ids.Count;

    public void Add(string collection, string id, string field, byte[] key)
    {
        _collections.Add(collection);
        _ids.Add(id);
        _fields.Add(field);
        _keys.Add(key);
    }

    public string[] Collections => [.. _collections];

    public string[] Ids => [.. _ids];

    public string[] Fields => [.. _fields];

    public byte[][] Keys => [.. _keys];

    /// <summary>Upserts the entries; an unchanged key is left alone so an update writes no dead index row.</summary>
    public const string UpsertSql =
        "INSERT INTO cc_index_entries (collection, id, field, key) SELECT * FROM unnest(@collections, @ids, @fields, @keys) " +
        "ON CONFLICT (collection, id, field) DO UPDATE SET key = EXCLUDED.key WHERE cc_index_entries.key IS DISTINCT FROM EXCLUDED.key";
}
