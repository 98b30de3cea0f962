namespace ContactCenter.Kernel.Storage;

/// <summary>One page of a query.</summary>
/// <param name="Items">The documents on this page.</param>
/// <param name="ContinuationToken">The token for the next page; <see langword="null"/> on the last page.</param>
public sealed record RawDocumentPage(IReadOnlyList<RawDocument> Items, string? ContinuationToken);
