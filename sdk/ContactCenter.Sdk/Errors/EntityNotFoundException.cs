namespace ContactCenter.Sdk.Errors;

/// <summary>Something the caller named does not exist.</summary>
public sealed class EntityNotFoundException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="entityType">What sort of thing, e.g. <c>interaction</c> or <c>agent</c>.</param>
    /// <param name="id">The id the caller gave.</param>
    public EntityNotFoundException(string entityType, string id)
        : base($"{entityType}.not-found", $"No {entityType} with id '{id}'.")
    {
        EntityType = entityType;
        Id = id;
    }

    /// <summary>What sort of thing was looked for.</summary>
    public string EntityType { get; }

    /// <summary>The id the caller gave.</summary>
    public string Id { get; }
}
