using System.Globalization;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Samples.MostSkilledRouting;

/// <summary>
/// Ranks candidates by the sum of their levels in the skills the work requires (a skill the work does not need
/// counts for nothing), then by how long they have been idle. Queues select it with <c>"strategy": "most-skilled"</c>.
/// </summary>
public sealed class MostSkilledStrategy : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "most-skilled";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var required = request.RequiredSkills.Select(r => r.SkillId).ToHashSet(StringComparer.Ordinal);
        var ranking = request.Candidates
            .Select(c => (Candidate: c, Score: c.Skills.Where(s => required.Contains(s.SkillId)).Sum(s => s.Level)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Candidate.IdleSince ?? request.Now)
            .ThenBy(x => x.Candidate.AgentId, StringComparer.Ordinal)
            .Select(x => new RankedCandidate(x.Candidate.AgentId, x.Score, string.Create(CultureInfo.InvariantCulture, $"skill levels {x.Score}, idle since {x.Candidate.IdleSince:O}")))
            .ToList();
        var explanation = ranking.Count == 0 ? "no candidate" : $"highest skill levels for {string.Join(", ", required.Order(StringComparer.Ordinal))}";
        return ValueTask.FromResult(new RoutingDecision(ranking, explanation));
    }
}
