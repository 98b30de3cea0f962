using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// The kernel's built-in strategy and the fallback for every other: <see cref="CandidateRanking.LongestIdle"/> (the
/// preferred agent first, then longest idle, then least loaded; ties on the agent id). The <c>Routing.LongestIdle</c>
/// plugin ranks with the same SDK helper, so the two can never disagree.
/// </summary>
internal sealed class LongestIdleStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = CandidateRanking.LongestIdleName;

    public string Name => StrategyName;

    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CandidateRanking.LongestIdle(request));
}
