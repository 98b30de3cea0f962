using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>
/// Writes one filter as a condition on a sort-key column, with the semantics of <see cref="QueryRules.Matches"/>:
/// equality compares kind and value, a range only matches values of the operand's kind (so it is bounded by the
/// kind's first and last key) and never matches null. Each condition is a range on the key, which a B-tree serves.
/// </summary>
internal static class FilterSql
{
    /// <summary>The condition, adding its parameters through <paramref name="parameter"/>.</summary>
    /// <param name="column">The key column, e.g. <c>f0.key</c> or <c>d.id_key</c>.</param>
    /// <param name="op">The operator.</param>
    /// <param name="operand">The filter's value.</param>
    /// <param name="parameter">Adds a parameter and returns its placeholder.</param>
    public static string Condition(string column, FilterOperator op, IndexValue operand, Func<byte[], string> parameter)
    {
        if (op is FilterOperator.Equal)
        {
            return $"{column} = {parameter(SortKey.Encode(operand))}";
        }

        if (op is FilterOperator.NotEqual)
        {
            return $"{column} <> {parameter(SortKey.Encode(operand))}";
        }

        if (operand.Kind == IndexValueKind.Null)
        {
            return "FALSE";
        }

        var value = parameter(SortKey.Encode(operand));
        var lower = parameter(SortKey.LowerBound(operand.Kind));
        var upper = parameter(SortKey.UpperBound(operand.Kind));
        return op switch
        {
            FilterOperator.GreaterThan => $"({column} > {value} AND {column} < {upper})",
            FilterOperator.GreaterThanOrEqual => $"({column} >= {value} AND {column} < {upper})",
            FilterOperator.LessThan => $"({column} >= {lower} AND {column} < {value})",
            FilterOperator.LessThanOrEqual => $"({column} >= {lower} AND {column} <= {value})",
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown filter operator."),
        };
    }
}
