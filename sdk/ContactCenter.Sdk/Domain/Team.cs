namespace ContactCenter.Sdk.Domain;

/// <summary>A group of agents with their supervisors.</summary>
public sealed record Team
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>The service line the team works for, if it is dedicated to one.</summary>
    public string? ServiceLineId { get; init; }

    /// <summary>Users who supervise the team.</summary>
    public IReadOnlyList<string> SupervisorIds { get; init; } = [];
}
