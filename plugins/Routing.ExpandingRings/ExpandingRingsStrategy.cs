using System.Globalization;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Routing.ExpandingRings;

/// <summary>
/// Bullseye routing: candidates fall into rings by their lowest level among the required skills (ring 1: level 8 or
/// more, ring 2: 5 or more, ring 3: anyone qualified). Work is offered to ring 1 only at first; each
/// <see cref="RingInterval"/> of waiting opens the next ring. Within the open rings the inner ring comes first, then
/// the <see cref="CandidateRanking.LongestIdle"/> order. Candidates of rings not yet open are not ranked: the kernel
/// tries the work again shortly, and the queue's own overflow steps still apply. The preferred agent is always in
/// ring 1. Queues select it with <c>"strategy": "expanding-rings"</c>.
/// </summary>
public sealed class ExpandingRingsStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "expanding-rings";

    /// <summary>How long work waits before each further ring opens.</summary>
    public static readonly TimeSpan RingInterval = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <summary>The ring of <paramref name="candidate"/> for <paramref name="request"/>: 1 (innermost) to 3.</summary>
    /// <param name="request">The work.</param>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The ring.</returns>
    public static int RingOf(RoutingRequest request, RoutingCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidate);
        if (string.Equals(candidate.AgentId, request.PreferredAgentId, StringComparison.Ordinal) || request.RequiredSkills.Count == 0)
        {
            return 1;
        }

        var lowest = request.RequiredSkills.Min(r => candidate.LevelOf(r.SkillId));
        return lowest >= 8 ? 1 : lowest >= 5 ? 2 : 3;
    }

    /// <summary>How many rings are open after the work has waited as long as the request says.</summary>
    /// <param name="request">The work.</param>
    /// <returns>1 to 3.</returns>
    public static int OpenRings(RoutingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var waited = request.Now - request.WaitingSince;
        return Math.Clamp(1 + (int)(waited.Ticks / RingInterval.Ticks), 1, 3);
    }

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var open = OpenRings(request);
        var ranking = CandidateRanking.LongestIdleOrder(request)
            .Select((c, i) => (Candidate: c, Ring: RingOf(request, c), Order: i))
            .Where(x => x.Ring <= open)
            .OrderBy(x => x.Ring)
            .ThenBy(x => x.Order)
            .Select(x => new RankedCandidate(x.Candidate.AgentId, 4 - x.Ring,
                string.Create(CultureInfo.InvariantCulture, $"ring {x.Ring}; {CandidateRanking.LongestIdleReason(request, x.Candidate)}")))
            .ToList();
        return ValueTask.FromResult(new RoutingDecision(ranking, string.Create(CultureInfo.InvariantCulture, $"rings 1 to {open} open")));
    }
}
