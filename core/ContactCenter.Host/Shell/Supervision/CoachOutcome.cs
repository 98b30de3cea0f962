namespace ContactCenter.Host.Shell.Supervision;

/// <summary>What came of a coaching action: done, or refused with a reason safe to show the supervisor.</summary>
/// <param name="Done">Whether it was done.</param>
/// <param name="Reason">Why not (operator English, or the kernel's message), null when done.</param>
/// <param name="OutOfScope">Refused because the contact is outside the supervisor's teams.</param>
public sealed record CoachOutcome(bool Done, string? Reason = null, bool OutOfScope = false)
{
    public static CoachOutcome Ok { get; } = new(true);

    public static CoachOutcome NotMine { get; } = new(false, "outside the supervisor's teams", OutOfScope: true);
}
