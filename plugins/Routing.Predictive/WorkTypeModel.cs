namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>The model of one work type (<c>{queue}/{channel}</c>): its averages, credibility constants and agent estimates.</summary>
public sealed record WorkTypeModel
{
    /// <summary>The work type.</summary>
    public required string WorkType { get; init; }

    /// <summary>How many outcomes it was trained on.</summary>
    public required int Records { get; init; }

    /// <summary>Average outcome over all agents: the estimate of an agent with no history.</summary>
    public required double MeanOutcome { get; init; }

    /// <summary>Average handle time in seconds.</summary>
    public required double MeanHandleSeconds { get; init; }

    /// <summary>The outcome's credibility constant k (<see langword="null"/> when agents show no real difference).</summary>
    public double? OutcomeK { get; init; }

    /// <summary>Estimates per agent.</summary>
    public IReadOnlyDictionary<string, AgentEstimate> Agents { get; init; } = new Dictionary<string, AgentEstimate>();

    /// <summary>The estimate for an agent: the agent's own, or the work type's averages for an agent never seen.</summary>
    /// <param name="agentId">The agent.</param>
    /// <returns>The estimate.</returns>
    public AgentEstimate Estimate(string agentId) =>
        Agents.TryGetValue(agentId, out var known) ? known : new AgentEstimate(MeanOutcome, MeanHandleSeconds, 0);
}
