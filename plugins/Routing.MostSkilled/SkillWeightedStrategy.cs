using System.Globalization;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Routing.MostSkilled;

/// <summary>
/// Ranks candidates by a skill-level weighted score: for each required skill, the agent's level times the weight of the
/// skill, where a skill whose minimum level is higher weighs more (weight = minimum level), so that the skill the work
/// is hardest on decides first. Ties go to the <see cref="CandidateRanking.LongestIdle"/> order. The preferred agent
/// stays first, as in every classic strategy. Queues select it with <c>"strategy": "skill-weighted"</c>.
/// </summary>
public sealed class SkillWeightedStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "skill-weighted";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <summary>The candidate's weighted skill score for the request's requirements.</summary>
    /// <param name="request">The work.</param>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The sum over required skills of level × minimum level.</returns>
    public static int Score(RoutingRequest request, RoutingCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidate);
        return request.RequiredSkills.Sum(r => candidate.LevelOf(r.SkillId) * r.MinLevel);
    }

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var classic = CandidateRanking.LongestIdleOrder(request).Select((c, i) => (Candidate: c, Order: i)).ToList();
        var ranking = classic
            .OrderBy(x => string.Equals(x.Candidate.AgentId, request.PreferredAgentId, StringComparison.Ordinal) ? 0 : 1)
            .ThenByDescending(x => Score(request, x.Candidate))
            .ThenBy(x => x.Order)
            .Select(x => new RankedCandidate(x.Candidate.AgentId, Score(request, x.Candidate),
                string.Create(CultureInfo.InvariantCulture, $"skill score {Score(request, x.Candidate)}; {CandidateRanking.LongestIdleReason(request, x.Candidate)}")))
            .ToList();
        var skills = string.Join(", ", request.RequiredSkills.Select(r => r.SkillId));
        return ValueTask.FromResult(new RoutingDecision(ranking, skills.Length == 0 ? "no skills required: longest idle first" : $"highest weighted levels in {skills}"));
    }
}
