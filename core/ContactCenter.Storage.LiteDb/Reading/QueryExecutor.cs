using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.LiteDb.Keys;
using ContactCenter.Storage.LiteDb.Schema;
using LiteDB;

namespace ContactCenter.Storage.LiteDb.Reading;

/// <summary>
/// Runs <see cref="DocumentQuery"/>s on LiteDB indexes with the reference provider's exact semantics.
/// </summary>
/// <remarks>
/// Plan: with an equality filter on a field other than the order field, read that equality's index range (the
/// most selective thing a query can say) and sort the matches by the order key in memory. Otherwise walk the order
/// field's index from the continuation point, stopping after one page; filters on other fields are checked on each
/// document read. Every bound is checked again exactly on full keys, so truncated index keys never change results.
/// </remarks>
internal sealed class QueryExecutor(LiteDatabase database, CollectionCatalog catalog)
{
    public RawDocumentPage Query(string collection, DocumentQuery query)
    {
        var schema = catalog.Find(collection);
        QueryRules.Validate(schema?.Definition ?? CollectionDefinition.Plain(collection), query);
        var after = query.ContinuationToken is { } token ? ContinuationToken.Decode(token) : null;
        var filters = query.Filters.Select(f => new KeyFilter(f)).ToList();
        if (schema is null || filters.Any(f => f.MatchesNothing))
        {
            return new RawDocumentPage([], null);
        }

        var orderField = query.OrderBy ?? QueryRules.IdField;
        var afterKey = after is null ? null
            : orderField == QueryRules.IdField ? SortKeys.IdKey(after.Id) : SortKeys.Composite(after.Key, after.Id);
        var equality = filters.FirstOrDefault(f => f.Operator == FilterOperator.Equal && f.Field != orderField);
        var rows = equality is null
            ? WalkOrderIndex(schema, filters, orderField, query.Descending, afterKey)
            : SortEqualityRange(schema, filters, equality.Field, orderField, query.Descending, afterKey);
        var page = rows.Take(query.PageSize + 1).ToList();
        var items = page.Take(query.PageSize).Select(d => DocumentMapper.ToRaw(collection, d)).ToList();
        var next = page.Count > query.PageSize ? new ContinuationToken(KeyOf(items[^1], orderField), items[^1].Id).Encode() : null;
        return new RawDocumentPage(items, next);
    }

    public long Count(string collection, IReadOnlyList<DocumentFilter> filters)
    {
        var schema = catalog.Find(collection);
        QueryRules.Validate(schema?.Definition ?? CollectionDefinition.Plain(collection), new DocumentQuery { Filters = filters });
        var keyFilters = filters.Select(f => new KeyFilter(f)).ToList();
        if (schema is null || keyFilters.Any(f => f.MatchesNothing))
        {
            return 0;
        }

        var driver = keyFilters.FirstOrDefault(f => f.Operator == FilterOperator.Equal)
            ?? keyFilters.FirstOrDefault(f => f.Operator != FilterOperator.NotEqual);
        var field = driver?.Field ?? QueryRules.IdField;
        return Scan(schema, keyFilters, field, descending: false, RangeOf(keyFilters, field))
            .LongCount(d => Passes(d, schema, keyFilters));
    }

    private IEnumerable<BsonDocument> WalkOrderIndex(CollectionSchema schema, List<KeyFilter> filters, string orderField, bool descending, string? afterKey)
    {
        var range = RangeOf(filters, orderField);
        if (afterKey is not null)
        {
            range = descending ? range.Narrow(string.Empty, afterKey) : range.Narrow(afterKey, KeyRange.Top);
        }

        var rows = IndexScan.InFullKeyOrder(Scan(schema, filters, orderField, descending, range), schema.KeyField(orderField),
            d => DocumentMapper.FullKey(d, schema, orderField), descending);
        return rows.Where(d => IsAfter(d, schema, orderField, descending, afterKey) && Passes(d, schema, filters));
    }

    private IEnumerable<BsonDocument> SortEqualityRange(CollectionSchema schema, List<KeyFilter> filters, string driver, string orderField, bool descending, string? afterKey)
    {
        var matches = Scan(schema, filters, driver, descending: false, RangeOf(filters, driver))
            .Where(d => IsAfter(d, schema, orderField, descending, afterKey) && Passes(d, schema, filters))
            .Select(d => (Key: DocumentMapper.FullKey(d, schema, orderField), Doc: d));
        var sorted = descending ? matches.OrderByDescending(m => m.Key, StringComparer.Ordinal) : matches.OrderBy(m => m.Key, StringComparer.Ordinal);
        return sorted.Select(m => m.Doc);
    }

    private IEnumerable<BsonDocument> Scan(CollectionSchema schema, List<KeyFilter> filters, string field, bool descending, KeyRange range) =>
        range.IsEmpty ? [] : IndexScan.Read(database.GetCollection(schema.LiteName), schema.KeyField(field), range, descending);

    private static KeyRange RangeOf(List<KeyFilter> filters, string field) => filters
        .Where(f => f.Field == field && f.Operator != FilterOperator.NotEqual)
        .Aggregate(KeyRange.All, (range, f) => range.Narrow(f.Lower, f.Upper));

    private static bool IsAfter(BsonDocument doc, CollectionSchema schema, string orderField, bool descending, string? afterKey)
    {
        if (afterKey is null)
        {
            return true;
        }

        var order = string.CompareOrdinal(DocumentMapper.FullKey(doc, schema, orderField), afterKey);
        return descending ? order < 0 : order > 0;
    }

    private static bool Passes(BsonDocument doc, CollectionSchema schema, List<KeyFilter> filters) =>
        filters.All(f => f.Matches(DocumentMapper.FullKey(doc, schema, f.Field)));

    private static IndexValue KeyOf(RawDocument document, string field)
    {
        if (field == QueryRules.IdField)
        {
            return IndexValue.FromString(document.Id);
        }

        using var json = JsonDocument.Parse(document.Json);
        return IndexValue.Extract(json.RootElement, field);
    }
}
