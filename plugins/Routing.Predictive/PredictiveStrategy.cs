using System.Globalization;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// Offers work to the candidate with the best expected outcome (<see cref="OutcomeFormula"/>) for its work type, as the
/// trained <see cref="OutcomeModel"/> estimates it, subject to the queue's service level and fairness: an agent busier
/// than the candidates' average loses <see cref="FairnessWeight"/> per point of occupancy above it, and once the work
/// has waited past the service-level threshold a longer expected handle time costs <see cref="PressureWeight"/> per
/// work-type average handle time. The preferred agent stays first; ties keep the longest-idle order. While a work type
/// has fewer than <see cref="MinimumRecords"/> outcomes the strategy ranks as longest idle and says so.
/// </summary>
public sealed class PredictiveStrategy(ModelHolder model) : IRoutingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "predictive";

    /// <summary>Outcomes a work type needs before the model is trusted with it.</summary>
    public const int MinimumRecords = 50;

    /// <summary>Outcome points lost per unit of occupancy above the candidates' average.</summary>
    public const double FairnessWeight = 1.0;

    /// <summary>Outcome points lost per average handle time of extra expected handle time, once the service level is at risk.</summary>
    public const double PressureWeight = 0.3;

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var current = model.Current;
        if (current.For(request.WorkType, MinimumRecords) is not { } work)
        {
            var known = current.WorkTypes.TryGetValue(request.WorkType, out var few) ? few.Records : 0;
            var classic = CandidateRanking.LongestIdle(request);
            return ValueTask.FromResult(classic with
            {
                Explanation = string.Create(CultureInfo.InvariantCulture,
                    $"untrained for {request.WorkType} ({known} of {MinimumRecords} outcomes): longest idle. {classic.Explanation}"),
            });
        }

        var pressure = request.Now - request.WaitingSince >= request.ServiceLevel.Threshold;
        var ranking = CandidateRanking.LongestIdleOrder(request)
            .Select((candidate, order) => (Candidate: candidate, Order: order, Estimate: work.Estimate(candidate.AgentId)))
            .Select(x => (x.Candidate, x.Order, x.Estimate, Score: Score(x.Candidate, x.Estimate, work, PeerOccupancy(x.Candidate, request.Candidates), pressure)))
            .OrderBy(x => string.Equals(x.Candidate.AgentId, request.PreferredAgentId, StringComparison.Ordinal) ? 0 : 1)
            .ThenByDescending(x => x.Score)
            .ThenBy(x => x.Order)
            .Select(x => new RankedCandidate(x.Candidate.AgentId, Math.Round(x.Score, 4), string.Create(CultureInfo.InvariantCulture,
                $"expected outcome {x.Estimate.Outcome:F3} from {x.Estimate.Records} outcomes, handle {x.Estimate.HandleSeconds:F0} s, occupancy {x.Candidate.Occupancy:P0}")))
            .ToList();
        var k = work.OutcomeK is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : "∞ (agents do not differ)";
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"best expected outcome for {request.WorkType} (credibility model of {work.Records} outcomes, k = {k}){(pressure ? "; service level at risk: shorter handle times favoured" : string.Empty)}");
        return ValueTask.FromResult(new RoutingDecision(ranking, explanation));
    }

    /// <summary>
    /// Fairness balances occupancy within a team: the mean over the candidates sharing a team with
    /// <paramref name="candidate"/>, or over all candidates when it shares none with another.
    /// </summary>
    private static double PeerOccupancy(RoutingCandidate candidate, IReadOnlyList<RoutingCandidate> candidates)
    {
        var peers = candidates.Where(c => c.TeamIds.Any(t => candidate.TeamIds.Contains(t, StringComparer.Ordinal))).ToList();
        return peers.Count > 1 ? peers.Average(c => c.Occupancy) : candidates.Average(c => c.Occupancy);
    }

    private static double Score(RoutingCandidate candidate, AgentEstimate estimate, WorkTypeModel work, double meanOccupancy, bool pressure)
    {
        var fairness = FairnessWeight * Math.Max(0, candidate.Occupancy - meanOccupancy);
        var slower = pressure ? PressureWeight * (estimate.HandleSeconds - work.MeanHandleSeconds) / Math.Max(1, work.MeanHandleSeconds) : 0;
        return estimate.Outcome - fairness - slower;
    }
}
