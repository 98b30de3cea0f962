namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// The trained model: per work type, a Bühlmann credibility estimate of each agent's outcome and handle time. Training
/// is a pure function of the outcomes, so the same history always gives the same model.
/// </summary>
public sealed record OutcomeModel
{
    /// <summary>A model that knows nothing: every decision falls back.</summary>
    public static OutcomeModel Empty { get; } = new() { TrainedAt = DateTimeOffset.MinValue };

    /// <summary>When it was trained.</summary>
    public required DateTimeOffset TrainedAt { get; init; }

    /// <summary>How many outcomes it was trained on.</summary>
    public int Records { get; init; }

    /// <summary>The work types it knows.</summary>
    public IReadOnlyDictionary<string, WorkTypeModel> WorkTypes { get; init; } = new Dictionary<string, WorkTypeModel>();

    /// <summary>Trains a model.</summary>
    /// <param name="records">Outcomes (any order).</param>
    /// <param name="at">Training time.</param>
    /// <returns>The model.</returns>
    public static OutcomeModel Train(IEnumerable<OutcomeRecord> records, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToList();
        var workTypes = new Dictionary<string, WorkTypeModel>(StringComparer.Ordinal);
        foreach (var work in all.GroupBy(r => r.WorkType, StringComparer.Ordinal))
        {
            var byAgent = work.GroupBy(r => r.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var outcome = Credibility.Fit(byAgent.ToDictionary(g => g.Key, g => g.Value.Select(OutcomeFormula.Score).ToList(), StringComparer.Ordinal));
            var handle = Credibility.Fit(byAgent.ToDictionary(g => g.Key, g => g.Value.Select(r => r.HandleSeconds).ToList(), StringComparer.Ordinal));
            workTypes[work.Key] = new WorkTypeModel
            {
                WorkType = work.Key, Records = work.Count(), MeanOutcome = outcome.Mean, MeanHandleSeconds = handle.Mean,
                OutcomeK = double.IsPositiveInfinity(outcome.K) ? null : outcome.K,
                Agents = byAgent.ToDictionary(g => g.Key, g => new AgentEstimate(outcome.Estimates[g.Key], handle.Estimates[g.Key], g.Value.Count), StringComparer.Ordinal),
            };
        }

        return new OutcomeModel { TrainedAt = at, Records = all.Count, WorkTypes = workTypes };
    }

    /// <summary>The model of a work type, when it was trained on at least <paramref name="minimumRecords"/> outcomes.</summary>
    /// <param name="workType">The work type.</param>
    /// <param name="minimumRecords">Fewer outcomes than this: too little data, <see langword="null"/>.</param>
    /// <returns>The work type's model or <see langword="null"/>.</returns>
    public WorkTypeModel? For(string workType, int minimumRecords) =>
        WorkTypes.TryGetValue(workType, out var model) && model.Records >= minimumRecords ? model : null;
}
