namespace ContactCenter.Kernel.Identity.OAuth.Entities;

/// <summary>What the generic OAuth store needs of an entity: its document id and the version it was read at.</summary>
public interface IOAuthEntity
{
    /// <summary>The document id (empty until created).</summary>
    string Id { get; set; }

    /// <summary>The document version the entity was read or written at; guards updates and deletes.</summary>
    long Version { get; set; }
}
