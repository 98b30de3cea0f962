using System.Globalization;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Routing;

/// <summary>
/// Ranking helpers for strategy authors. <see cref="LongestIdle"/> is the classic order the kernel also falls back to,
/// so a strategy that has nothing better to say (not enough data, no candidate it prefers) can answer with it.
/// </summary>
public static class CandidateRanking
{
    /// <summary>The name of the classic order, and of the kernel's built-in strategy.</summary>
    public const string LongestIdleName = "longest-idle";

    /// <summary>
    /// The preferred agent first when a candidate, then idle agents by how long they have been idle (longest first),
    /// then busy agents with spare capacity by how little they hold; ties break on the agent id (ordinal), so the
    /// ranking is deterministic. Scores run from the number of candidates down to 1.
    /// </summary>
    /// <param name="request">The work and its candidates.</param>
    /// <returns>Every candidate, best first, with a reason each.</returns>
    public static RoutingDecision LongestIdle(RoutingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ordered = LongestIdleOrder(request).ToList();
        var ranking = new List<RankedCandidate>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            ranking.Add(new RankedCandidate(ordered[i].AgentId, ordered.Count - i, LongestIdleReason(request, ordered[i])));
        }

        return new RoutingDecision(ranking, "longest idle first");
    }

    /// <summary>The candidates in the <see cref="LongestIdle"/> order, for strategies that re-rank only part of it.</summary>
    /// <param name="request">The work and its candidates.</param>
    /// <returns>The candidates, best first.</returns>
    public static IEnumerable<RoutingCandidate> LongestIdleOrder(RoutingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Candidates
            .OrderBy(c => string.Equals(c.AgentId, request.PreferredAgentId, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.IdleSince is null ? 1 : 0)
            .ThenBy(c => c.IdleSince)
            .ThenBy(c => c.ActiveInteractions)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal);
    }

    /// <summary>Why a candidate stands where <see cref="LongestIdle"/> puts it, e.g. <c>idle 42 s</c>.</summary>
    /// <param name="request">The work.</param>
    /// <param name="candidate">The candidate.</param>
    /// <returns>A short reason.</returns>
    public static string LongestIdleReason(RoutingRequest request, RoutingCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidate);
        return string.Equals(candidate.AgentId, request.PreferredAgentId, StringComparison.Ordinal) ? "preferred agent"
            : candidate.IdleSince is { } since ? string.Create(CultureInfo.InvariantCulture, $"idle {Math.Max(0, (request.Now - since).TotalSeconds):F0} s")
            : string.Create(CultureInfo.InvariantCulture, $"{candidate.ActiveInteractions} active");
    }

    /// <summary>The sum of the candidate's levels in the skills <paramref name="required"/> names (others count for nothing).</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="required">The work's requirements.</param>
    /// <returns>The sum, 0 when none of the skills is held.</returns>
    public static int RequiredSkillLevels(RoutingCandidate candidate, IReadOnlyList<SkillRequirement> required)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(required);
        var sum = 0;
        foreach (var requirement in required)
        {
            sum += candidate.LevelOf(requirement.SkillId);
        }

        return sum;
    }
}
