namespace ContactCenter.Sdk.Storage;

/// <summary>How a <see cref="DocumentFilter"/> compares.</summary>
public enum FilterOperator
{
    /// <summary>Equal to.</summary>
    Equal = 0,

    /// <summary>Not equal to.</summary>
    NotEqual = 1,

    /// <summary>Greater than.</summary>
    GreaterThan = 2,

    /// <summary>Greater than or equal to.</summary>
    GreaterThanOrEqual = 3,

    /// <summary>Less than.</summary>
    LessThan = 4,

    /// <summary>Less than or equal to.</summary>
    LessThanOrEqual = 5,
}
