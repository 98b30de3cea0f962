using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>What came of forcing an agent's status: the change, or a refusal with a reason safe to show the supervisor.</summary>
/// <param name="Change">The presence before and after, when done.</param>
/// <param name="Refusal">Why not, when refused.</param>
/// <param name="Reason">The refusal in operator English (the kernel's message for a bad status).</param>
public sealed record ForceOutcome(PresenceChanged? Change, ForceRefusal? Refusal = null, string? Reason = null)
{
    public bool Done => Change is not null;
}
