namespace ContactCenter.Host.Shell.Components;

/// <summary>A status the agent chose, with its reason when the status has reasons.</summary>
public sealed record StatusChoice(string StatusId, string? ReasonCode);
