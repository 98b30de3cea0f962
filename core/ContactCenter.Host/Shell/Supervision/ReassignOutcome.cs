using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>What came of a reassignment: the interaction after it, or a refusal with a reason safe to show the supervisor.</summary>
/// <param name="Interaction">The interaction after the change, when done.</param>
/// <param name="Refusal">Why not, when refused.</param>
/// <param name="Reason">The refusal in operator English (the kernel's message when it refused).</param>
public sealed record ReassignOutcome(Interaction? Interaction, ReassignRefusal? Refusal = null, string? Reason = null)
{
    public bool Done => Interaction is not null;
}
