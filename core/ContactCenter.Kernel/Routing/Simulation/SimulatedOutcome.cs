namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>How one answered contact ended in the simulation: the history a learning strategy trains on.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="AgentId">The agent who served it.</param>
/// <param name="WorkType">Its work type (<c>{queue}/{channel}</c>).</param>
/// <param name="ClosedAt">When it ended.</param>
/// <param name="HandleSeconds">Handle time.</param>
/// <param name="Resolved">The matter was resolved.</param>
/// <param name="Transferred">It was transferred away.</param>
/// <param name="Repeat">The customer came back within 7 days.</param>
/// <param name="SurveyScore">Survey score 1–5, when answered.</param>
public sealed record SimulatedOutcome(string InteractionId, string AgentId, string WorkType, DateTimeOffset ClosedAt, double HandleSeconds,
    bool Resolved, bool Transferred, bool Repeat, int? SurveyScore);
