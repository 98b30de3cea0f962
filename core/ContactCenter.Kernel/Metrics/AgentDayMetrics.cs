using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// One agent's day so far (since midnight in the configured time zone), from the same lifecycle and presence events as
/// the other metrics. The status history is what the engine saw since the host started today: the first entry is the
/// agent's state when the day (or the host) began.
/// </summary>
public sealed record AgentDayMetrics
{
    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>Customer contacts the agent closed today (the wallboard's "handled today"); internal work is in <see cref="Internal"/>.</summary>
    public int Handled { get; init; }

    /// <summary>Average handle time today (connected to closed or transferred away), in seconds; null when nothing was handled.</summary>
    public double? AhtSeconds { get; init; }

    /// <summary>Transfers of the agent's contacts today.</summary>
    public int Transfers { get; init; }

    /// <summary>
    /// Internal interactions (direction <c>Internal</c>: consultations to a queue, agent-to-agent calls) the agent took and
    /// that ended today; not in <see cref="Handled"/>, <see cref="AhtSeconds"/> or <see cref="Transfers"/>.
    /// </summary>
    public int Internal { get; init; }

    /// <summary>Time holding work (internal work included) (Reserved, OnContact, WrapUp) ÷ time signed in (not offline) today × 100; null when never signed in today.</summary>
    public double? Occupancy { get; init; }

    /// <summary>Status and sub-state changes today, oldest first.</summary>
    public IReadOnlyList<AgentStateChange> History { get; init; } = [];
}

/// <summary>One change of an agent's status or routing sub-state.</summary>
/// <param name="At">When it happened.</param>
/// <param name="StatusId">The chosen status from then on.</param>
/// <param name="ReasonCode">Its reason, if any.</param>
/// <param name="SubState">The routing sub-state from then on.</param>
public sealed record AgentStateChange(DateTimeOffset At, string StatusId, string? ReasonCode, RoutingSubState SubState);

/// <summary>One customer contact waiting in a queue (Queued or Offered); internal work is not listed.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Channel">Its channel.</param>
/// <param name="State">Queued or Offered.</param>
/// <param name="WaitingSince">When it started waiting.</param>
/// <param name="WaitSeconds">How long it has waited, in seconds, at the time of the query.</param>
public sealed record WaitingContact(string InteractionId, ChannelKind Channel, InteractionState State, DateTimeOffset WaitingSince, double WaitSeconds);
