using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.InteractionTransitioned"/>: one accepted lifecycle transition.</summary>
public sealed record InteractionTransitioned
{
    /// <summary>The interaction.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The state before the transition.</summary>
    public required InteractionState From { get; init; }

    /// <summary>The state after the transition.</summary>
    public required InteractionState To { get; init; }

    /// <summary>When the transition happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The interaction version after the transition.</summary>
    public required long Version { get; init; }

    /// <summary>The channel kind.</summary>
    public required ChannelKind Channel { get; init; }

    /// <summary>The queue involved, if any.</summary>
    public string? QueueId { get; init; }

    /// <summary>The agent involved, if any.</summary>
    public string? AgentId { get; init; }

    /// <summary>The service line, if any.</summary>
    public string? ServiceLineId { get; init; }

    /// <summary>The leg number the transition belongs to.</summary>
    public int Leg { get; init; }

    /// <summary>Why, when the transition has a reason (offer timeout, rejection, customer hang-up...).</summary>
    public string? Reason { get; init; }

    /// <summary>The interaction after the transition.</summary>
    public required Interaction Interaction { get; init; }
}
