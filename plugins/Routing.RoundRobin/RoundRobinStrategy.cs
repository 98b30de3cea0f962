using System.Collections.Concurrent;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Routing.RoundRobin;

/// <summary>
/// Offers each queue's work to its eligible agents in turn: candidates in agent-id order (ordinal), starting after the
/// agent the queue's previous decision put first and wrapping around. The preferred agent stays first. The turn is
/// kept in memory per queue; a restart or upgrade starts the rotation again, which only shifts whose turn is next.
/// Queues select it with <c>"strategy": "round-robin"</c>.
/// </summary>
public sealed class RoundRobinStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "round-robin";

    private readonly ConcurrentDictionary<string, string> _lastByQueue = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var byId = request.Candidates.OrderBy(c => c.AgentId, StringComparer.Ordinal).ToList();
        var last = _lastByQueue.GetValueOrDefault(request.QueueId);
        var start = last is null ? 0 : byId.FindIndex(c => string.CompareOrdinal(c.AgentId, last) > 0);
        start = start < 0 ? 0 : start;
        var turn = byId.Skip(start).Concat(byId.Take(start))
            .OrderBy(c => string.Equals(c.AgentId, request.PreferredAgentId, StringComparison.Ordinal) ? 0 : 1)
            .ToList();
        if (turn.Count > 0)
        {
            _lastByQueue[request.QueueId] = turn[0].AgentId;
        }

        var ranking = turn.Select((c, i) => new RankedCandidate(c.AgentId, turn.Count - i, i == 0 ? "next in turn" : $"{i} after the next in turn")).ToList();
        return ValueTask.FromResult(new RoutingDecision(ranking, last is null ? "round robin from the start" : $"round robin after {last}"));
    }
}
