namespace ContactCenter.Kernel.Presence;

/// <summary>
/// Data of <see cref="PresenceForced.EventType"/>: a supervisor set an agent's status. Published after the agent's
/// <c>cc.presence.changed</c>, so the agent's shell can say who did it.
/// </summary>
/// <param name="AgentId">The agent whose status was set.</param>
/// <param name="SupervisorId">The supervisor's user id (the audit actor).</param>
/// <param name="SupervisorName">The supervisor as the agent sees them (their display name).</param>
/// <param name="FromStatusId">The status before.</param>
/// <param name="ToStatusId">The status set.</param>
/// <param name="ReasonCode">The reason code set, if any.</param>
/// <param name="At">When.</param>
public sealed record PresenceForced(string AgentId, string SupervisorId, string SupervisorName, string FromStatusId, string ToStatusId, string? ReasonCode,
    DateTimeOffset At)
{
    /// <summary>The event type on the bus.</summary>
    public const string EventType = "cc.presence.forced";
}
