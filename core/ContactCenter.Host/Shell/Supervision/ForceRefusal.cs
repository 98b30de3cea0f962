namespace ContactCenter.Host.Shell.Supervision;

/// <summary>Why a supervisor's forced status was refused.</summary>
public enum ForceRefusal
{
    /// <summary>The supervisor lacks <c>presence.manage</c>.</summary>
    Permission,

    /// <summary>The agent is not in the supervisor's teams (or unknown, which looks the same to a team-scoped supervisor).</summary>
    OutOfScope,

    /// <summary>No such agent (unscoped callers only).</summary>
    UnknownAgent,

    /// <summary>The status or its reason code is not one the administrator defined.</summary>
    InvalidStatus,
}
