namespace ContactCenter.Sdk.Domain;

/// <summary>
/// A segment of an interaction: the time it spent with one queue and, once offered, one agent.
/// A transfer closes the current leg and opens a new one on the same interaction.
/// </summary>
public sealed record InteractionLeg
{
    /// <summary>Sequence number of the leg within its interaction, starting at 1.</summary>
    public required int Number { get; init; }

    /// <summary>The queue the leg waited in, if any.</summary>
    public string? QueueId { get; init; }

    /// <summary>The agent who served the leg, if any.</summary>
    public string? AgentId { get; init; }

    /// <summary>When the leg started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When an agent connected on this leg.</summary>
    public DateTimeOffset? ConnectedAt { get; init; }

    /// <summary>When the leg ended; <see langword="null"/> while it is the current leg.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>How the leg ended (closed, transferred, abandoned, failed).</summary>
    public string? EndReason { get; init; }
}
