namespace ContactCenter.Sdk.Routing;

/// <summary>A strategy's answer: candidates to try, best first, and why.</summary>
/// <param name="Ranking">The candidates to try, best first.</param>
/// <param name="Explanation">A short explanation for supervisors and decision events.</param>
public sealed record RoutingDecision(IReadOnlyList<RankedCandidate> Ranking, string? Explanation = null)
{
    /// <summary>No suitable candidate: the work keeps waiting.</summary>
    public static RoutingDecision None { get; } = new([]);
}
