namespace ContactCenter.Sdk.Domain;

/// <summary>
/// A relaxation of a queue's requirements that applies once work has waited <see cref="After"/>: widen the skill
/// requirement, lower the minimum levels, or let the agents of other queues take the work. Each step is measured from
/// the queue's own requirements (steps do not add up); the latest step reached is in force.
/// </summary>
public sealed record OverflowStep
{
    /// <summary>How long the work must have waited (from its original queue time) for this step to apply.</summary>
    public required TimeSpan After { get; init; }

    /// <summary>Lowers every required minimum level by this much (never below 1); 0 leaves the levels as they are.</summary>
    public int LowerMinLevelBy { get; init; }

    /// <summary>Required skills no longer needed from this step on.</summary>
    public IReadOnlyList<string> DropSkills { get; init; } = [];

    /// <summary>Queues whose agents may also take the work from this step on (they need that queue's own skills).</summary>
    public IReadOnlyList<string> AddQueueIds { get; init; } = [];
}
