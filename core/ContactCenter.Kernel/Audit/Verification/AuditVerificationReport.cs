namespace ContactCenter.Kernel.Audit.Verification;

/// <summary>The outcome of <see cref="AuditVerifier.Verify"/>.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstSequence">The first entry's sequence (0 when empty).</param>
/// <param name="LastSequence">The last entry's sequence (0 when empty).</param>
/// <param name="ValidCheckpoints">Checkpoints whose signature verified.</param>
/// <param name="LastSealedSequence">The last sequence covered by a verified checkpoint (0 when none).</param>
/// <param name="Findings">Problems, in the order found (the first is the earliest in the log).</param>
public sealed record AuditVerificationReport(
    long Entries,
    long FirstSequence,
    long LastSequence,
    int ValidCheckpoints,
    long LastSealedSequence,
    IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>Whether nothing was found wrong.</summary>
    public bool IsValid => Findings.Count == 0;

    /// <summary>Entries after the last verified checkpoint: chained but not sealed yet.</summary>
    public long UnsealedEntries => LastSequence > LastSealedSequence ? LastSequence - Math.Max(LastSealedSequence, FirstSequence - 1) : 0;
}
