namespace ContactCenter.Host.Shell.Supervision;

/// <summary>Why a supervisor's reassignment was refused (nothing changed).</summary>
public enum ReassignRefusal
{
    /// <summary>The supervisor lacks <c>monitoring.intervene</c>.</summary>
    Permission,

    /// <summary>The request names neither or both of an agent and a queue.</summary>
    BadRequest,

    /// <summary>The interaction or the target is outside the supervisor's teams (or unknown, which looks the same to a team-scoped supervisor).</summary>
    OutOfScope,

    /// <summary>No such interaction, agent or queue (unscoped callers only).</summary>
    NotFound,

    /// <summary>The interaction is not queued or offered (connected, wrapping up, closed...), or is queued and sent to a queue.</summary>
    NotReassignable,

    /// <summary>The chosen agent cannot take it now (not available, no room, an offer pending).</summary>
    AgentUnavailable,
}
