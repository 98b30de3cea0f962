namespace ContactCenter.Sdk.Storage;

/// <summary>A query over indexed fields of a collection. Filters combine with AND.</summary>
public sealed record DocumentQuery
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The filters, all of which a document must match.</summary>
    public IReadOnlyList<DocumentFilter> Filters { get; init; } = [];

    /// <summary>An indexed field to order by; the document id when <see langword="null"/>. Ties break on the id.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Whether to order from largest to smallest.</summary>
    public bool Descending { get; init; }

    /// <summary>How many documents per page, from 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>The token from the previous page, or <see langword="null"/> for the first page.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Every document, ordered by id.</summary>
    public static DocumentQuery All { get; } = new();

    /// <summary>Documents whose <paramref name="field"/> equals <paramref name="value"/>.</summary>
    /// <param name="field">An indexed field path (camelCase JSON path with dots, e.g. <c>customer.phone</c>).</param>
    /// <param name="value">The value: a string, number, boolean or <see cref="DateTimeOffset"/>.</param>
    /// <returns>The query.</returns>
    public static DocumentQuery Where(string field, object value) =>
        new() { Filters = [new DocumentFilter(field, FilterOperator.Equal, value)] };
}
