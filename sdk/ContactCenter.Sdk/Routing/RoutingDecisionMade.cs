namespace ContactCenter.Sdk.Routing;

/// <summary>Data of <see cref="Events.EventTypes.RoutingDecision"/>: routing chose an agent for waiting work.</summary>
public sealed record RoutingDecisionMade
{
    /// <summary>The interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The queue it waited in.</summary>
    public required string QueueId { get; init; }

    /// <summary>The agent chosen (reserved for the offer).</summary>
    public required string AgentId { get; init; }

    /// <summary>The strategy that ranked the candidates (the fallback's name when it fell back).</summary>
    public required string Strategy { get; init; }

    /// <summary>Whether the queue's strategy gave no usable answer and the kernel's fallback ranked instead.</summary>
    public bool FellBack { get; init; }

    /// <summary>The strategy's explanation.</summary>
    public string? Explanation { get; init; }

    /// <summary>The best-ranked candidates (at most five) with their scores and reasons.</summary>
    public IReadOnlyList<RankedCandidate> TopCandidates { get; init; } = [];

    /// <summary>How many candidates there were.</summary>
    public int CandidateCount { get; init; }

    /// <summary>How long the work had waited since its original queue time.</summary>
    public TimeSpan Waited { get; init; }

    /// <summary>The overflow step in force (0 before the first).</summary>
    public int OverflowStep { get; init; }

    /// <summary>When the decision was made, on the kernel's clock.</summary>
    public required DateTimeOffset At { get; init; }
}
