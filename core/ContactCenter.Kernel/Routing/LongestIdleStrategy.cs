using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// The kernel's built-in strategy and the fallback for every other: the preferred agent first when eligible, then idle
/// agents by how long they have been idle (longest first), then busy agents with spare capacity by how little they
/// hold; ties break on the agent id so the ranking is deterministic.
/// </summary>
internal sealed class LongestIdleStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "longest-idle";

    public string Name => StrategyName;

    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ordered = request.Candidates
            .OrderBy(c => c.AgentId == request.PreferredAgentId ? 0 : 1)
            .ThenBy(c => c.IdleSince is null ? 1 : 0)
            .ThenBy(c => c.IdleSince)
            .ThenBy(c => c.ActiveInteractions)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal)
            .ToList();
        var ranking = ordered.Select((c, i) => new RankedCandidate(c.AgentId, ordered.Count - i,
            c.AgentId == request.PreferredAgentId ? "preferred agent" : c.IdleSince is { } since ? $"idle since {since:O}" : $"{c.ActiveInteractions} active"))
            .ToList();
        return ValueTask.FromResult(new RoutingDecision(ranking, "longest idle first"));
    }
}
