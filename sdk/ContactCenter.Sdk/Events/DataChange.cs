namespace ContactCenter.Sdk.Events;

/// <summary>What a change event did to a record.</summary>
public enum DataChange
{
    /// <summary>The record was created.</summary>
    Created = 0,

    /// <summary>The record was changed.</summary>
    Updated = 1,

    /// <summary>The record was deleted.</summary>
    Deleted = 2,
}
