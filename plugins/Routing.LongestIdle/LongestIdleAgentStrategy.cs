using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Routing.LongestIdle;

/// <summary>
/// The classic order as a plugin: <see cref="CandidateRanking.LongestIdle"/> (the preferred agent first, then longest
/// idle, then least loaded). The kernel ranks its own fallback with the same SDK helper, so the two never disagree;
/// the kernel keeps the name <c>longest-idle</c> for its built-in, so queues select this one as
/// <c>longest-idle-agent</c>.
/// </summary>
public sealed class LongestIdleAgentStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "longest-idle-agent";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CandidateRanking.LongestIdle(request));
}
