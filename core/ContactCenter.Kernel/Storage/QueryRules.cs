using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Storage;

/// <summary>Query validation and filter semantics shared by every provider.</summary>
public static class QueryRules
{
    /// <summary>The pseudo-field naming the document id in filters and ordering.</summary>
    public const string IdField = "id";

    /// <summary>Throws unless every field of <paramref name="query"/> is indexed and the page size is in range, listing every problem.</summary>
    /// <param name="definition">The collection.</param>
    /// <param name="query">The query.</param>
    public static void Validate(CollectionDefinition definition, DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        var unknown = query.Filters.Select(f => f.Field)
            .Append(query.OrderBy ?? IdField)
            .Where(f => f != IdField && !definition.IndexedFields.Contains(f))
            .Distinct()
            .ToArray();
        if (unknown.Length > 0)
        {
            errors["fields"] = unknown.Select(f => $"'{f}' is not an indexed field of '{definition.Name}'.").ToArray();
        }

        if (query.PageSize is < 1 or > DocumentQuery.MaxPageSize)
        {
            errors["pageSize"] = [$"Must be from 1 to {DocumentQuery.MaxPageSize}."];
        }

        foreach (var filter in query.Filters)
        {
            if (!Enum.IsDefined(filter.Operator))
            {
                errors["operator"] = [$"Unknown operator {(int)filter.Operator}."];
            }

            _ = IndexValue.FromOperand(filter.Value);
        }

        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }
    }

    /// <summary>Whether <paramref name="actual"/> satisfies <paramref name="op"/> against <paramref name="operand"/>.</summary>
    /// <param name="actual">The document's value.</param>
    /// <param name="op">The operator.</param>
    /// <param name="operand">The filter's value.</param>
    /// <returns>Whether the document matches. Values of different kinds never match a range operator.</returns>
    public static bool Matches(IndexValue actual, FilterOperator op, IndexValue operand)
    {
        if (op is FilterOperator.Equal)
        {
            return actual.CompareTo(operand) == 0;
        }

        if (op is FilterOperator.NotEqual)
        {
            return actual.CompareTo(operand) != 0;
        }

        if (actual.Kind != operand.Kind || actual.Kind == IndexValueKind.Null)
        {
            return false;
        }

        var order = actual.CompareTo(operand);
        return op switch
        {
            FilterOperator.GreaterThan => order > 0,
            FilterOperator.GreaterThanOrEqual => order >= 0,
            FilterOperator.LessThan => order < 0,
            FilterOperator.LessThanOrEqual => order <= 0,
            _ => false,
        };
    }
}
