namespace ContactCenter.Sdk.Storage;

/// <summary>One page of query results.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Items">The documents on this page.</param>
/// <param name="ContinuationToken">The token for the next page; <see langword="null"/> on the last page.</param>
public sealed record DocumentPage<T>(IReadOnlyList<StoredDocument<T>> Items, string? ContinuationToken);
