namespace ContactCenter.Host.Shell.Services;

/// <summary>What came of an agent's accept.</summary>
public enum AcceptOutcome
{
    /// <summary>The contact is the agent's now.</summary>
    Accepted = 0,

    /// <summary>The kernel refused: already accepted (another tab of the same agent) or no longer offered.</summary>
    Refused = 1,
}
