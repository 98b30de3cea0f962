namespace ContactCenter.Sdk.Storage;

/// <summary>A condition on one indexed field.</summary>
/// <param name="Field">An indexed field path (camelCase JSON path with dots).</param>
/// <param name="Operator">How to compare.</param>
/// <param name="Value">The value: a string, a number, a boolean or a <see cref="DateTimeOffset"/> (compared in UTC).</param>
public sealed record DocumentFilter(string Field, FilterOperator Operator, object Value);
