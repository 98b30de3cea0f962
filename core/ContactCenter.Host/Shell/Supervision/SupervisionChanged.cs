namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// Data of <see cref="SupervisionChanged.EventType"/>: a supervisor started or stopped watching an agent's contact.
/// Sent to the agent (<c>/hubs/agent</c> and the shell), so supervision is never hidden from them.
/// </summary>
/// <param name="AgentId">The agent whose contact it is.</param>
/// <param name="InteractionId">The contact.</param>
/// <param name="SupervisorId">The supervisor's user id.</param>
/// <param name="SupervisorName">The supervisor as the agent sees them.</param>
/// <param name="Kind">What the supervisor does now; null when they stopped.</param>
/// <param name="At">When.</param>
public sealed record SupervisionChanged(string AgentId, string InteractionId, string SupervisorId, string SupervisorName, SupervisionKind? Kind, DateTimeOffset At)
{
    /// <summary>The event type on the bus.</summary>
    public const string EventType = "cc.supervision.changed";
}
