namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>Index entries as parallel arrays, the shape <c>unnest(...)</c> takes them in one statement.</summary>
internal sealed class IndexEntryRows
{
    private readonly List<string> _collections = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _fields = [];
    private readonly List<byte[]> _keys = [];
    private readonly List<byte[]> _idOrders = [];

    public int Count => _ids.Count;

    public void Add(string collection, string id, string field, byte[] key)
    {
        _collections.Add(collection);
        _ids.Add(id);
        _fields.Add(field);
        _keys.Add(key);
        _idOrders.Add(SortKey.IdOrder(id));
    }

    public string[] Collections => [.. _collections];

    public string[] Ids => [.. _ids];

    public string[] Fields => [.. _fields];

    public byte[][] Keys => [.. _keys];

    public byte[][] IdOrders => [.. _idOrders];
}
