namespace ContactCenter.Sdk.Domain;

/// <summary>An agent's presence: the chosen status and the system's routing sub-state, with the work in hand.</summary>
public sealed record AgentPresence
{
    /// <summary>The agent.</summary>
    public required string AgentId { get; init; }

    /// <summary>The admin-defined status the agent chose.</summary>
    public required string StatusId { get; init; }

    /// <summary>The reason code given with the status, if any.</summary>
    public string? ReasonCode { get; init; }

    /// <summary>Whether the chosen status is routable.</summary>
    public required bool IsRoutable { get; init; }

    /// <summary>When the agent chose the status.</summary>
    public required DateTimeOffset StatusSince { get; init; }

    /// <summary>The system's routing sub-state.</summary>
    public required RoutingSubState SubState { get; init; }

    /// <summary>When the sub-state was entered.</summary>
    public required DateTimeOffset SubStateSince { get; init; }

    /// <summary>When the agent last became idle; what longest-idle routing orders by.</summary>
    public DateTimeOffset? IdleSince { get; init; }

    /// <summary>The interactions the agent holds, offered, connected or in wrap-up.</summary>
    public IReadOnlyList<AgentWorkItem> Work { get; init; } = [];

    /// <summary>The agent's per-channel capacity.</summary>
    public ChannelCapacity Capacity { get; init; } = ChannelCapacity.Default;

    /// <summary>Monotonic version, incremented by each change.</summary>
    public long Version { get; init; }
}
