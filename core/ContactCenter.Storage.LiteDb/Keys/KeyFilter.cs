using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Storage.LiteDb.Keys;

/// <summary>
/// A filter translated to sort keys: a range of full keys for the index scan, and the exact test of
/// <see cref="QueryRules.Matches"/> on a document's full key.
/// </summary>
internal sealed class KeyFilter
{
    private readonly string _operand;

    public KeyFilter(DocumentFilter filter)
    {
        Field = filter.Field;
        Operator = filter.Operator;
        var value = IndexValue.FromOperand(filter.Value);
        IsNullOperand = value.Kind == IndexValueKind.Null;
        _operand = SortKeys.Value(value);
    }

    public string Field { get; }

    public FilterOperator Operator { get; }

    /// <summary>Whether the operand is null (range operators then match nothing).</summary>
    public bool IsNullOperand { get; }

    /// <summary>Whether no document can match.</summary>
    public bool MatchesNothing => IsNullOperand && Operator is not (FilterOperator.Equal or FilterOperator.NotEqual);

    /// <summary>The smallest full key that can match (inclusive).</summary>
    public string Lower
    {
        get
        {
            var kind = _operand[..1];
            return Operator switch
            {
                FilterOperator.Equal or FilterOperator.GreaterThanOrEqual => _operand + SortKeys.Terminator,
                FilterOperator.GreaterThan => _operand + '\u0001',
                FilterOperator.LessThan or FilterOperator.LessThanOrEqual => kind,
                _ => string.Empty,
            };
        }
    }

    /// <summary>A key above every full key that can match.</summary>
    public string Upper
    {
        get
        {
            var nextKind = ((char)(_operand[0] + 1)).ToString();
            return Operator switch
            {
                FilterOperator.Equal or FilterOperator.LessThanOrEqual => _operand + '\u0001',
                FilterOperator.LessThan => _operand + SortKeys.Terminator,
                FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual => nextKind,
                _ => KeyRange.Top,
            };
        }
    }

    /// <summary>The exact test, on a document's full key for this field.</summary>
    public bool Matches(string fullKey)
    {
        var actual = SortKeys.ValuePart(fullKey);
        if (Operator == FilterOperator.Equal)
        {
            return actual == _operand;
        }

        if (Operator == FilterOperator.NotEqual)
        {
            return actual != _operand;
        }

        if (actual[0] != _operand[0] || actual[0] == 'a')
        {
            return false;
        }

        var order = string.CompareOrdinal(actual, _operand);
        return Operator switch
        {
            FilterOperator.GreaterThan => order > 0,
            FilterOperator.GreaterThanOrEqual => order >= 0,
            FilterOperator.LessThan => order < 0,
            FilterOperator.LessThanOrEqual => order <= 0,
            _ => false,
        };
    }
}
