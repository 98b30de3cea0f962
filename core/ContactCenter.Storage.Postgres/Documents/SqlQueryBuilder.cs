using System.Globalization;
using System.Text;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using Dapper;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>
/// Builds the SQL of a query or count over one collection: documents <c>d</c>, plus one join on
/// <c>cc_index_entries</c> per filtered field (each document has exactly one entry per indexed field, so the joins
/// never multiply rows). Ordering by a field drives the query from that field's entries (<c>o</c>), so the B-tree on
/// (collection, field, key, id) yields rows already in page order.
/// </summary>
internal sealed class SqlQueryBuilder
{
    private readonly DynamicParameters _parameters = new();
    private readonly StringBuilder _from = new();
    private readonly List<string> _conditions = [];
    private readonly Dictionary<string, string> _keyColumns = new(StringComparer.Ordinal);
    private int _count;

    public SqlQueryBuilder(string collection, string? orderField)
    {
        var c = Add(collection);
        if (orderField is null || orderField == QueryRules.IdField)
        {
            _from.Append("cc_documents d");
            _conditions.Add($"d.collection = {c}");
            _keyColumns[QueryRules.IdField] = OrderKey = "d.id_key";
            OrderId = "d.id";
            return;
        }

        _from.Append("cc_index_entries o JOIN cc_documents d ON d.collection = o.collection AND d.id = o.id");
        _conditions.Add($"o.collection = {c}");
        _conditions.Add($"o.field = {Add(orderField)}");
        _keyColumns[QueryRules.IdField] = "d.id_key";
        _keyColumns[orderField] = OrderKey = "o.key";
        OrderId = "o.id_order";
    }

    /// <summary>The sort-key column of the order field.</summary>
    public string OrderKey { get; }

    /// <summary>
    /// The tie-breaking id column paired with <see cref="OrderKey"/> in the index: <c>o.id_order</c> (UTF-16 units,
    /// ordinal like every provider) for a field; <c>d.id</c> under <c>d.id_key</c>, where ties only arise between
    /// ASCII instants written with different offsets, whose byte order is already ordinal.
    /// </summary>
    public string OrderId { get; }

    public DynamicParameters Parameters => _parameters;

    public SqlQueryBuilder Where(IEnumerable<DocumentFilter> filters)
    {
        foreach (var filter in filters)
        {
            var operand = IndexValue.FromOperand(filter.Value);
            _conditions.Add(FilterSql.Condition(KeyColumn(filter.Field), filter.Operator, operand, key => Add(key)));
        }

        return this;
    }

    /// <summary>Starts strictly after <paramref name="token"/> in the query's direction (keyset paging).</summary>
    public SqlQueryBuilder After(ContinuationToken token, bool descending)
    {
        var key = Add(SortKey.Encode(token.Key));
        var id = OrderId == "d.id" ? Add(token.Id) : Add(SortKey.IdOrder(token.Id));
        _conditions.Add($"({OrderKey}, {OrderId}) {(descending ? "<" : ">")} ({key}, {id})");
        return this;
    }

    public string SelectPage(bool descending, int limit)
    {
        var direction = descending ? "DESC" : "ASC";
        return $"SELECT d.id AS Id, d.body::text AS Json, d.version AS Version, d.updated_at AS UpdatedAt, {OrderKey} AS SortKey " +
            $"FROM {_from} WHERE {string.Join(" AND ", _conditions)} " +
            $"ORDER BY {OrderKey} {direction}, {OrderId} {direction} LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
    }

    public string SelectCount() => $"SELECT count(*) FROM {_from} WHERE {string.Join(" AND ", _conditions)}";

    private string KeyColumn(string field)
    {
        if (!_keyColumns.TryGetValue(field, out var column))
        {
            var alias = "f" + _keyColumns.Count.ToString(CultureInfo.InvariantCulture);
            _from.Append(CultureInfo.InvariantCulture, $" JOIN cc_index_entries {alias} ON {alias}.collection = d.collection AND {alias}.id = d.id AND {alias}.field = {Add(field)}");
            column = $"{alias}.key";
            _keyColumns[field] = column;
        }

        return column;
    }

    private string Add(object value)
    {
        var name = "p" + _count++.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(name, value);
        return "@" + name;
    }
}
