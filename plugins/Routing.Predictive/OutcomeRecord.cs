namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// What one closed interaction taught: who served which work, how long it took and how it ended. Stored in the
/// plugin's <c>outcomes</c> collection; <see cref="Repeat"/> is set later, when the same contact comes back within
/// seven days.
/// </summary>
public sealed record OutcomeRecord
{
    /// <summary>The interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The agent who served it (the first agent who connected).</summary>
    public required string AgentId { get; init; }

    /// <summary>The work type, <c>{queue}/{channel}</c> as <see cref="ContactCenter.Sdk.Routing.RoutingRequest.WorkType"/> names it.</summary>
    public required string WorkType { get; init; }

    /// <summary>The customer, when known (repeat contacts are found by it).</summary>
    public string? ContactId { get; init; }

    /// <summary>When the interaction closed.</summary>
    public required DateTimeOffset ClosedAt { get; init; }

    /// <summary>Seconds the agent spent connected.</summary>
    public double HandleSeconds { get; init; }

    /// <summary>The disposition says the customer's matter was resolved.</summary>
    public bool Resolved { get; init; }

    /// <summary>The interaction was transferred away from the agent.</summary>
    public bool Transferred { get; init; }

    /// <summary>The same contact came back within seven days.</summary>
    public bool Repeat { get; init; }

    /// <summary>The customer's survey score, 1 to 5, when there was one.</summary>
    public int? SurveyScore { get; init; }
}
