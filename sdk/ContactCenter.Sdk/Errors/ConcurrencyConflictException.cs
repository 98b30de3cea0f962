namespace ContactCenter.Sdk.Errors;

/// <summary>A write was refused because the record changed since the caller read it (or already exists). Nothing was written.</summary>
public sealed class ConcurrencyConflictException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="entityType">What sort of record.</param>
    /// <param name="id">The record id.</param>
    /// <param name="expectedVersion">The version the caller expected, or <see langword="null"/> for an insert.</param>
    /// <param name="actualVersion">The version found, or <see langword="null"/> if the record is missing.</param>
    public ConcurrencyConflictException(string entityType, string id, long? expectedVersion, long? actualVersion)
        : base("storage.conflict", BuildMessage(entityType, id, expectedVersion, actualVersion))
    {
        EntityType = entityType;
        Id = id;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>What sort of record.</summary>
    public string EntityType { get; }

    /// <summary>The record id.</summary>
    public string Id { get; }

    /// <summary>The version the caller expected, or <see langword="null"/> for an insert.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>The version found, or <see langword="null"/> if the record is missing.</summary>
    public long? ActualVersion { get; }

    private static string BuildMessage(string type, string id, long? expected, long? actual) => (expected, actual) switch
    {
        (null, not null) => $"{type} '{id}' already exists.",
        (not null, null) => $"{type} '{id}' does not exist (expected version {expected}).",
        _ => $"{type} '{id}' is at version {actual}, not {expected}: it changed since it was read.",
    };
}
